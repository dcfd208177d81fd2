package org.juesuan.portal.work;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.VersionState;

/**
 * Who may move a version on, from which state (审核流程规则). The department's editor submits a draft or a returned
 * version of their own unit, and only without errors; the finance reviewer of the unit's region approves or returns
 * a submitted one; the department's editor publishes its approved disclosure, since under 预算法第十四条 a department
 * publishes its own final accounts within 20 days of the finance bureau's approval (批复). An administrator manages
 * units and users but takes no part in a disclosure's review.
 *
 * <p>Stateless and thread-safe.
 */
final class WorkflowRules {

    private WorkflowRules() {}

    /** A step of the workflow (流程操作), with the audit log's word for it. */
    enum Step {
        /** 报送: the editor submits for review. */
        SUBMIT("报送"),
        /** 审核通过: the reviewer approves. */
        APPROVE("审核通过"),
        /** 退回: the reviewer returns with comments. */
        RETURN("退回"),
        /** 公开: the editor publishes. */
        PUBLISH("公开");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** Returns the Chinese word. */
        String label() {
            return label;
        }

        /** Returns the state a version is in after the step. */
        VersionState target() {
            return switch (this) {
                case SUBMIT -> VersionState.SUBMITTED;
                case APPROVE -> VersionState.APPROVED;
                case RETURN -> VersionState.RETURNED;
                case PUBLISH -> VersionState.PUBLISHED;
            };
        }

        /** Returns the states a version may be in before the step. */
        Set<VersionState> sources() {
            return switch (this) {
                case SUBMIT -> Set.of(VersionState.DRAFT, VersionState.RETURNED);
                case APPROVE, RETURN -> Set.of(VersionState.SUBMITTED);
                case PUBLISH -> Set.of(VersionState.APPROVED);
            };
        }
    }

    /**
     * A user as the rules see them.
     *
     * @param role the role
     * @param unitId the unit of an editor, else null
     * @param regionId the region of a reviewer, else null
     */
    record Actor(Role role, @Nullable Long unitId, @Nullable Long regionId) {}

    /**
     * A version as the rules see it.
     *
     * @param unitId the unit that owns its document
     * @param regionId that unit's region
     * @param state where it stands
     * @param errors how many errors validation found
     */
    record Subject(long unitId, long regionId, VersionState state, int errors) {}

    /** Returns why an actor may not take a step on a version, in Chinese, or empty if they may. */
    static Optional<String> refusal(Step step, Actor actor, Subject subject) {
        boolean ownUnit = actor.role() == Role.EDITOR && actor.unitId() != null && actor.unitId() == subject.unitId();
        boolean ownRegion =
                actor.role() == Role.REVIEWER && actor.regionId() != null && actor.regionId() == subject.regionId();
        String state = "（当前状态：" + subject.state().label() + "）";
        return switch (step) {
            case SUBMIT -> {
                if (!ownUnit) {
                    yield Optional.of("只有本单位的填报人员可以报送本单位的决算。");
                }
                if (!step.sources().contains(subject.state())) {
                    yield Optional.of("只有草稿或已退回的版本可以报送" + state + "。");
                }
                if (subject.errors() > 0) {
                    yield Optional.of("校验发现错误 " + subject.errors() + " 项，不能报送：请按各表标出的单元格更正后重新上传。");
                }
                yield Optional.empty();
            }
            case APPROVE, RETURN -> {
                if (!ownRegion) {
                    yield Optional.of("只有本地区的财政审核人员可以审核本地区单位报送的决算。");
                }
                if (!step.sources().contains(subject.state())) {
                    yield Optional.of("只有已报送的版本可以审核" + state + "。");
                }
                yield Optional.empty();
            }
            case PUBLISH -> {
                if (!ownUnit) {
                    yield Optional.of("只有本单位的填报人员可以公开本单位的决算。");
                }
                if (!step.sources().contains(subject.state())) {
                    yield Optional.of("只有已审核的版本可以公开" + state + "。");
                }
                if (subject.errors() > 0) {
                    yield Optional.of("校验发现错误 " + subject.errors() + " 项，不能公开。");
                }
                yield Optional.empty();
            }
        };
    }
}
