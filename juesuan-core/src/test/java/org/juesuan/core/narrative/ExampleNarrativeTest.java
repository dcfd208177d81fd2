package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.narrative.NarrativeFixture.figure;
import static org.juesuan.core.narrative.NarrativeFixture.headings;
import static org.juesuan.core.narrative.NarrativeFixture.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.FigureRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 情况说明 written for the bundled example under hubei-2024, against the published document's 第三部分
 * ({@code examples/qingshan-guozi-2024/published.txt}). Each expected paragraph is the published one, typed from the
 * document (spaces the PDF extraction inserted removed), with every difference stated as a correction and its
 * arithmetic: the generated text states the document's figures wherever they are right.
 */
class ExampleNarrativeTest {

    /** The document's totals are 265.18; its four 项 add up to 207.87 + 56.81 + 0.09 + 0.42 = 265.19. */
    private static final String ITEMS_ADD_UP = "207.87 + 56.81 + 0.09 + 0.42 = 265.19";
    /** The prior year is 265.18 + 4.69 = 269.87 (the change the document states); now 265.19 − 269.87 = −4.68. */
    private static final String CHANGE = "265.19 − 269.87 = −4.68";
    /** 4.68 ÷ 269.87 = 1.734%. */
    private static final String RATE = "4.68 ÷ 269.87 = 1.73%";

    private static List<Block> blocks;

    @BeforeAll
    static void write() {
        blocks = NarrativeFixture.narrative(NarrativeFixture.example(), "hubei-2024");
    }

    @Test
    void hasTheThirteenSectionsOfTheDocumentInItsOrder() {
        assertThat(headings(blocks, 1))
                .containsExactly(
                        "一、收入支出决算总体情况说明",
                        "二、收入决算情况说明",
                        "三、支出决算情况说明",
                        "四、财政拨款收入支出决算总体情况说明",
                        "五、一般公共预算财政拨款支出决算情况说明",
                        "六、一般公共预算财政拨款基本支出决算情况说明",
                        "七、政府性基金预算财政拨款收入支出决算情况说明",
                        "八、国有资本经营预算财政拨款支出决算情况说明",
                        "九、财政拨款“三公”经费支出决算情况说明",
                        "十、机关运行经费支出说明",
                        "十一、政府采购支出说明",
                        "十二、国有资产占用情况说明",
                        "十三、预算绩效情况说明");
    }

    @Test
    void section1StatesTheTotalAndItsChange() {
        assertThat(section(blocks, "一、收入支出决算总体情况说明"))
                .containsExactly(
                        published("2024年度收、支总计均为265.18万元。与2023年度相比，收、支总计减少4.69万元，减少1.74%，主要原因是削减人员经费拨款与支出，厉行节约。")
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .corrected("4.69", "4.68", CHANGE)
                                .corrected("1.74", "1.73", RATE)
                                .text());
        assertThat(figure(blocks, "total.total").value()).isEqualByComparingTo("265.19");
        assertThat(figure(blocks, "total.change").kind()).isEqualTo(FigureRun.Kind.AMOUNT);
        assertThat(figure(blocks, "total.rate").kind()).isEqualTo(FigureRun.Kind.PERCENT);
    }

    @Test
    void section2StatesIncomeLeavingOutTheSourcesOfNothing() {
        assertThat(section(blocks, "二、收入决算情况说明"))
                .containsExactly(published(
                                "2024年度收入合计265.18万元，与2023年度相比，收入合计减少4.69万元，减少1.74%，主要原因是削减人员经费拨款，厉行节约。其中：财政拨款收入265.18万元，占本年收入100.0%。")
                        .corrected("265.18", "265.19", ITEMS_ADD_UP)
                        .corrected("4.69", "4.68", CHANGE)
                        .corrected("1.74", "1.73", RATE)
                        .corrected("265.18", "265.19", ITEMS_ADD_UP)
                        .text());
    }

    @Test
    void section3StatesEveryKindOfExpenditureWithSharesAddingUpToOneHundred() {
        assertThat(section(blocks, "三、支出决算情况说明"))
                .containsExactly(published(
                                "2024年度支出合计265.18万元，与2023年度相比，支出合计减少4.69万元，减少1.74%，主要原因是削减人员经费支出，厉行节约。其中：基本支出207.87万元，占本年支出78.4%；项目支出57.32万元，占本年支出21.6%；上缴上级支出0.00万元，占本年支出0.0%；经营支出0.00万元，占本年支出0.0%；对附属单位补助支出0.00万元，占本年支出0.0%。")
                        .corrected("265.18", "265.19", ITEMS_ADD_UP)
                        .corrected("4.69", "4.68", CHANGE)
                        .corrected("1.74", "1.73", RATE)
                        .text());
        BigDecimal sum = BigDecimal.ZERO;
        for (String kind : List.of("basic", "project", "remittance", "operating", "subsidy")) {
            sum = sum.add(figure(blocks, "expenditure." + kind + ".share").value());
        }
        assertThat(sum).isEqualByComparingTo("100.0");
    }

    @Test
    void section4StatesFiscalTotalsAndEachFund() {
        assertThat(section(blocks, "四、财政拨款收入支出决算总体情况说明"))
                .containsExactly(
                        published(
                                        "2024年度财政拨款收、支总计均为265.18万元。与2023年度相比，财政拨款收、支总计减少4.69万元，减少1.74%。主要原因是削减人员经费拨款与支出，厉行节约。")
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .corrected("4.69", "4.68", CHANGE)
                                .corrected("1.74", "1.73", RATE)
                                .text(),
                        published(
                                        "2024年度财政拨款收入中，一般公共预算财政拨款收入265.18万元，比2023年度决算数减少4.69万元，减少主要原因是削减人员经费拨款，厉行节约。无政府性基金预算财政拨款收入，无国有资本经营预算财政拨款收入。")
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .corrected("4.69", "4.68", CHANGE)
                                .text());
    }

    @Test
    void section5StatesTheOverallFigureTheStructureAndEveryItem() {
        assertThat(section(blocks, "五、一般公共预算财政拨款支出决算情况说明"))
                .containsExactly(
                        published(
                                        "2024年度一般公共预算财政拨款支出265.18万元，占本年支出合计的100.0%。与2023年度相比，一般公共预算财政拨款支出减少4.69万元，减少1.74%，主要原因是削减人员经费支出，厉行节约。")
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .corrected("4.69", "4.68", CHANGE)
                                .corrected("1.74", "1.73", RATE)
                                .text(),
                        published("2024年度一般公共预算财政拨款支出265.18万元，主要用于以下方面：")
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .text(),
                        published("1. 一般公共服务支出类支出264.68万元，占99.81%。主要是用于行政运行和一般行政管理事务支出。")
                                .text(),
                        published("2. 卫生健康支出类支出0.51万元，占0.19%。主要是用于行政事业单位医疗支出。")
                                .corrected(
                                        "行政事业单位医疗支出",
                                        "行政单位医疗和公务员医疗补助支出",
                                        "the uses of a 类 are named by its 项, as for 一般公共服务支出 above")
                                .text(),
                        published(
                                        "2024年度一般公共预算财政拨款支出年初预算为245.07万元，支出决算为265.18万元，完成年初预算的108.2%。其中：基本支出207.87万元，项目支出57.32万元。项目支出主要用于深化国资国企改革，开展区属企业年度经营业绩审计，强化业绩考核评价；依法履行职权、实现国资国企法治化监管；规范企业评估、强化国资监管，推动企业高质量发展。大企业协调经费主要用于健全区委区政府与驻区大企业、大单位日常信息沟通、协调服务机制，畅通政企信息沟通渠道，服务驻区大企业转型发展，服务推进全区重点项目建设，助力青山区经济社会实现高质量发展。")
                                .corrected("245.07", "265.19", "年初预算 of the 项 below: " + ITEMS_ADD_UP)
                                .corrected("265.18", "265.19", ITEMS_ADD_UP)
                                .corrected("108.2", "100.0", "265.19 ÷ 265.19 = 100.0%")
                                .text(),
                        published("（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为207.87万元，支出决算为207.87万元，完成年初预算的100%。")
                                .text(),
                        published("（2）一般公共服务支出（类）政府办公厅（室）（款）一般行政管理事务（项）。年初预算为56.81万元，支出决算为56.81万元，完成年初预算的100%。")
                                .corrected("政府办公厅（室）（款）", "政府办公厅（室）及相关机构事务（款）", "the 款 20103's full name, as in (1)")
                                .text(),
                        published("（1）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为0.09万元，支出决算为0.09万元，完成年初预算的100%。")
                                .text(),
                        published("（2）卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。年初预算为0.42万元，支出决算为0.42万元，完成年初预算的100%。")
                                .text());
        assertThat(headings(blocks, 2))
                .contains("（一）一般公共预算财政拨款支出决算总体情况", "（二）一般公共预算财政拨款支出决算结构情况", "（三）一般公共预算财政拨款支出决算具体情况");
        assertThat(headings(blocks, 3)).containsExactly("1. 一般公共服务支出具体包括：", "2. 卫生健康支出具体包括：");
        assertThat(figure(blocks, "generalBudget.class.201.share")
                        .value()
                        .add(figure(blocks, "generalBudget.class.210.share").value()))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void section6ListsExactlyTheItemsTheBasicExpenditureTablePrints() {
        assertThat(section(blocks, "六、一般公共预算财政拨款基本支出决算情况说明"))
                .containsExactly(
                        published("2024年度一般公共预算财政拨款基本支出207.87万元，其中：").text(),
                        published(
                                        "人员经费200.31万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、住房公积金、医疗费补助、其他对个人和家庭的补助等。")
                                .corrected(
                                        "200.31",
                                        "200.30",
                                        "301 items 33.73 + 83.75 + 24.27 + 6.48 + 15.18 + 5.88 + 12.47 + 0.19 + 16.77 ="
                                                + " 198.72, + 303 items 1.58")
                                .corrected("、职业年金缴费", "", "30109 prints no amount")
                                .corrected("公务员医疗补助缴费、", "公务员医疗补助缴费、其他社会保障缴费、", "30112 prints 0.19")
                                .corrected("住房公积金、", "住房公积金、退休费、", "30302 prints 1.15")
                                .corrected("、其他对个人和家庭的补助", "", "30399 prints no amount")
                                .text(),
                        published("公用经费7.56万元，主要包括：办公费、印刷费、差旅费、维修（护）费、培训费、劳务费、委托业务费、福利费、其他商品和服务支出等。")
                                .corrected("7.56", "7.57", "302 items 1.51 + 0.65 + 0.84 + 0.19 + 2.61 + 1.77 = 7.57")
                                .corrected("、印刷费", "", "30202 prints no amount")
                                .corrected("、维修（护）费、培训费", "", "30213 and 30216 print no amount")
                                .text());
    }

    @Test
    void sections7And8StateThatTheFundsHadNothing() {
        assertThat(section(blocks, "七、政府性基金预算财政拨款收入支出决算情况说明"))
                .containsExactly(published("本单位当年无政府性基金预算财政拨款收入支出")
                        .corrected("收入支出", "收入支出。", "the sentence ends with a full stop")
                        .text());
        assertThat(section(blocks, "八、国有资本经营预算财政拨款支出决算情况说明"))
                .containsExactly(published("本单位当年无国有资本经营预算财政拨款支出。").text());
    }

    @Test
    void section9CoversAllThreeItemsOfThreePublicExpenditure() {
        assertThat(section(blocks, "九、财政拨款“三公”经费支出决算情况说明"))
                .containsExactly(
                        published("2024年度“三公”经费财政拨款支出全年预算为0.00万元，支出决算为0.00万元。较上年持平。")
                                .text(),
                        published("1. 因公出国（境）费全年预算为0.00万元，支出决算为0.00万元。").text(),
                        published("全年支出涉及出国（境）团组0个，累计0人次。").text(),
                        published("2. 公务用车购置及运行费全年预算为0.00万元，支出决算为0.00万元。")
                                .corrected("运行费", "运行维护费", "the item's name in the “三公”经费 table")
                                .text(),
                        // the document leaves 公务接待费 out; all three items are stated, even when zero
                        "3. 公务接待费全年预算为0.00万元，支出决算为0.00万元。");
    }

    @Test
    void sections10To12StateOperatingCostProcurementAndAssets() {
        assertThat(section(blocks, "十、机关运行经费支出说明"))
                .containsExactly(published(
                                "2024年度武汉市青山区人民政府国有资产监督管理局机关运行经费支出7.56万元，比年初预算数减少12.62万元，下降62.5%。主要原因是：落实过紧日子要求压减支出等。")
                        .text());
        assertThat(section(blocks, "十一、政府采购支出说明"))
                .containsExactly(published(
                                "2024年度武汉市青山区人民政府国有资产监督管理局政府采购支出总额31.36万元，其中：政府采购货物支出0.20万元、政府采购工程支出0.00万元、政府采购服务支出31.17万元。授予中小企业合同金额31.36万元，占政府采购支出总额的100.0%，其中：授予小微企业合同金额31.36万元，占授予中小企业合同金额的100.0%。")
                        .corrected("31.36", "31.37", "0.20 + 0.00 + 31.17 = 31.37 (31.36 ÷ 31.37 = 99.97% ≈ 100.0%)")
                        .text());
        assertThat(section(blocks, "十二、国有资产占用情况说明"))
                .containsExactly(published("截至2024年12月31日，武汉市青山区人民政府国有资产监督管理局共有车辆0辆，单位价值100万元以上设备0台（套）。")
                        .text());
    }

    @Test
    void section13StatesTheSelfEvaluationsFromTheirForms() {
        assertThat(section(blocks, "十三、预算绩效情况说明"))
                .containsExactly(
                        published(
                                        "根据预算绩效管理要求，我单位组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目2个，资金57.32万元，占一般公共预算项目支出总额的21.62%。从绩效评价情况来看，项目确保了国资局业务部门高效开展国有资产监督管理工作，为国资监管提供了专业化支撑，保障区管企业合规运行、创造价值，促进区域经济发展；及时了解辖区企业发展难题并做好协调服务工作，提升了辖区央企、重点企业的服务质效。")
                                .corrected("全面开展", "开展", "the two evaluated projects are 35.68 of 57.32 项目支出")
                                .corrected("57.32", "35.68", "执行数 of the two project forms: 6.24 + 29.44 = 35.68")
                                .corrected("21.62", "62.25", "35.68 ÷ 57.32 (项目支出) = 62.25%")
                                .text(),
                        published(
                                        "武汉市青山区人民政府国有资产监督管理局组织开展整体支出绩效自评，资金265.18万元。从评价情况来看，本次绩效评价遵循“科学规范，分级分类，绩效相关”的原则，运用科学、合理的绩效评价体系、评价标准和评价方法，对整体支出开展了绩效自评工作。评价结果来看，本部门建立了较科学的内部管理制度，资金使用合规，拨付手续齐全，部门履职情况较好，达到预期目标，按时保质保量完成年度各项绩效工作目标；部门履职的社会效益较明显，服务对象满意度较高。并根据《武汉市市直预算绩效评价管理暂行办法》（武财绩〔2021〕546号）的要求，公开《2024年度青山区政府国资局整体绩效自评表》或《2024年度青山区政府国资局整体绩效自评结果(摘要版)》）。")
                                .corrected("265.18", "265.19", "本年支出合计: " + ITEMS_ADD_UP)
                                .text(),
                        published("我部门在2024年度部门决算中反映所有项目绩效自评结果，共涉及2个一级项目。").text(),
                        published(
                                        "1. 大企业协调服务项目绩效自评综述：年初预算数为6.24万元，执行数为6.24万元，完成预算的100%。主要产出和效果：主动服务驻区大企业、大单位转型发展，切实提升营商环境，保障政企高层沟通和互动，保持政企信息沟通畅通；为企业排忧解难，协调解决企业经营发展中遇到的困难问题；跟踪服务区重点项目，做好协税护税招商引资等工作，进一步促进全区营商环境改善。")
                                .corrected("大企业协调服务项目", "大企业协调服务工作经费", "the project's name on its form")
                                .corrected(
                                        "完成预算的100%。",
                                        "完成预算的100%。自评得分100分。",
                                        "its form by the printed rules: 20 × 6.24/6.24 + four indicators met, 4 × 20 = 100 (the"
                                                + " second project's visits, 20次 against 39个, cannot be scored, so it states no score"
                                                + " and no average is given)")
                                .text(),
                        published(
                                        "2. 国资监管项目绩效自评综述：年初预算数29.44万，项目执行数29.44万元，完成预算的100%。主要产出和效果：推动2024年国企改革重组，全新组建青山产投集团，做实做强青山国投集团、青山安居集团，推进化工投和化工城建公司一体化运作。优化经营业绩考核机制，全面落实区管企业工资总额预算管理和企业负责人薪酬制度改革。开展产权登记管理综合整治行动，加强挂靠经营、金融风险、非法集资等领域监管，督办处理拖欠民营企业账款，提升经济发展营商环境。强化教育引导，全系统分层分类开展区管国资国企警示教育大会，筑牢清廉防线。强化品牌创建，围绕“党建引领廉、制度管廉、监督护廉、教育倡廉、文化育廉”五个方面，创建“清风润企 五廉协同”党建品牌，打造区级清廉国企示范点3个。")
                                .corrected("国资监管项目", "国资监管业务经费", "the project's name on its form")
                                .corrected(
                                        "年初预算数29.44万，项目执行数",
                                        "年初预算数为29.44万元，执行数为",
                                        "the unit 万元, worded as for the first project")
                                .text(),
                        published(
                                        "本部门将此次自评结果作为以后年度资金分配的重要依据，加强项目规划，细化绩效目标管理，强化资金和业务管理水平，合理配置公共资源，不断优化项目管理，进一步提高资金使用效益。")
                                .text());
        assertThat(headings(blocks, 2)).contains("（一）预算绩效管理工作开展情况", "（二）部门整体支出自评结果", "（三）项目支出自评结果", "（四）绩效自评结果应用情况");
    }

    @Test
    void drawsTheFourChartsFromTheFiguresItStates() {
        List<ChartBlock> charts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof ChartBlock) {
                charts.add((ChartBlock) block);
            }
        }
        assertThat(charts)
                .extracting(ChartBlock::caption)
                .containsExactly("图1：收、支决算总计变动情况", "图2：收入决算结构", "图3：支出决算结构", "图4：财政拨款收、支决算总计变动情况");
        ChartBlock totals = charts.get(0);
        assertThat(totals.kind()).isEqualTo(ChartBlock.Kind.BAR);
        assertThat(totals.categories()).containsExactly("2023年度", "2024年度");
        assertThat(totals.series().get(0).values())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("269.87"), new BigDecimal("265.19"));
        ChartBlock expenditure = charts.get(2);
        assertThat(expenditure.kind()).isEqualTo(ChartBlock.Kind.PIE);
        assertThat(expenditure.categories()).containsExactly("基本支出", "项目支出");
        assertThat(expenditure.series().get(0).values())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("207.87"), new BigDecimal("57.32"));
    }

    private static Expected published(String text) {
        return new Expected(text);
    }

    /** A paragraph as published, with the corrections the generated one makes. */
    private static final class Expected {
        private String text;

        Expected(String text) {
            this.text = text;
        }

        /** Replaces the first remaining occurrence of {@code from}, which must occur, and says why. */
        Expected corrected(String from, String to, String why) {
            int at = text.indexOf(from);
            if (at < 0 || why.isBlank()) {
                throw new AssertionError("“" + from + "” does not occur in: " + text);
            }
            text = text.substring(0, at) + to + text.substring(at + from.length());
            return this;
        }

        String text() {
            return text;
        }
    }
}
