package org.juesuan.portal.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.VersionState;
import org.juesuan.portal.work.WorkflowRules.Actor;
import org.juesuan.portal.work.WorkflowRules.Step;
import org.juesuan.portal.work.WorkflowRules.Subject;
import org.junit.jupiter.api.Test;

class WorkflowRulesTest {

    private static final long UNIT = 7;
    private static final long REGION = 3;
    private static final Actor EDITOR = new Actor(Role.EDITOR, UNIT, null);
    private static final Actor OTHER_EDITOR = new Actor(Role.EDITOR, UNIT + 1, null);
    private static final Actor REVIEWER = new Actor(Role.REVIEWER, null, REGION);
    private static final Actor OTHER_REVIEWER = new Actor(Role.REVIEWER, null, REGION + 1);
    private static final Actor ADMIN = new Actor(Role.ADMIN, null, null);

    private static boolean may(Step step, Actor actor, VersionState state, int errors) {
        return WorkflowRules.refusal(step, actor, new Subject(UNIT, REGION, state, errors))
                .isEmpty();
    }

    /** Returns the states in which the actor may take the step on a version without errors. */
    private static Set<VersionState> states(Step step, Actor actor) {
        Set<VersionState> states = EnumSet.noneOf(VersionState.class);
        for (VersionState state : VersionState.values()) {
            if (may(step, actor, state, 0)) {
                states.add(state);
            }
        }
        return states;
    }

    @Test
    void theUnitsEditorSubmitsADraftOrAReturnedVersion() {
        assertThat(states(Step.SUBMIT, EDITOR)).containsExactlyInAnyOrder(VersionState.DRAFT, VersionState.RETURNED);
        for (Actor other : new Actor[] {OTHER_EDITOR, REVIEWER, ADMIN}) {
            assertThat(states(Step.SUBMIT, other)).isEmpty();
        }
    }

    @Test
    void errorsBlockSubmissionAndSaySo() {
        assertThat(WorkflowRules.refusal(Step.SUBMIT, EDITOR, new Subject(UNIT, REGION, VersionState.DRAFT, 2)))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("错误 2 项").contains("不能报送"));
        assertThat(may(Step.SUBMIT, EDITOR, VersionState.DRAFT, 0)).isTrue();
    }

    @Test
    void theRegionsReviewerApprovesOrReturnsASubmittedVersion() {
        for (Step step : new Step[] {Step.APPROVE, Step.RETURN}) {
            assertThat(states(step, REVIEWER)).containsExactly(VersionState.SUBMITTED);
            for (Actor other : new Actor[] {OTHER_REVIEWER, EDITOR, OTHER_EDITOR, ADMIN}) {
                assertThat(states(step, other)).as(step + " by " + other).isEmpty();
            }
        }
    }

    @Test
    void theUnitsEditorPublishesAnApprovedVersion() {
        assertThat(states(Step.PUBLISH, EDITOR)).containsExactly(VersionState.APPROVED);
        for (Actor other : new Actor[] {OTHER_EDITOR, REVIEWER, OTHER_REVIEWER, ADMIN}) {
            assertThat(states(Step.PUBLISH, other)).isEmpty();
        }
        assertThat(may(Step.PUBLISH, EDITOR, VersionState.APPROVED, 1)).isFalse();
    }

    @Test
    void aPublishedVersionNeverMovesAgain() {
        for (Step step : Step.values()) {
            for (Actor actor : new Actor[] {EDITOR, REVIEWER, ADMIN}) {
                assertThat(may(step, actor, VersionState.PUBLISHED, 0)).isFalse();
            }
        }
    }

    @Test
    void everyStepLeadsFromItsSourcesToItsTarget() {
        for (Step step : Step.values()) {
            assertThat(step.sources()).doesNotContain(step.target()).doesNotContain(VersionState.PUBLISHED);
        }
        assertThat(Step.APPROVE.target()).isEqualTo(VersionState.APPROVED);
        assertThat(Step.RETURN.target()).isEqualTo(VersionState.RETURNED);
    }
}
