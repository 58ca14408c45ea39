package org.masswork.risk.matter;

/** Request examples for the OpenAPI document: the highway of the county's report, step by step. */
final class MatterExamples {

    static final String REGISTER = """
            {"kind": "CONSTRUCTION_PROJECT", "title": "S226省道改建工程征地拆迁",
             "description": "途经31个村，征地2271亩，拆迁房屋226户，迁坟1647座",
             "villageIds": ["3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"], "householdsAffected": 1100, "landMu": 2271,
             "housesToDemolish": 226, "gravesToMove": 1647, "budgetYuan": 860000000, "plannedDecisionOn": "2026-09-30",
             "recordedAt": "2026-07-01T09:30:00+08:00"}""";

    static final String PLAN = """
            {"version": 0, "assessor": "县社会稳定风险评估中心", "plan": "召开听证会、恳谈会，逐户走访受影响村，分析论证后形成评估报告",
             "dueOn": "2026-08-31"}""";

    static final String TRANSITION = """
            {"action": "START_GATHERING", "version": 1}""";

    static final String ANALYSIS = """
            {"version": 5,
             "legality": {"score": 5, "findings": "符合《土地管理法》，审批程序完备"},
             "reasonableness": {"score": 4, "findings": "补偿标准不低于相邻县同类项目"},
             "feasibility": {"score": 4, "findings": "资金已落实，投入与效益相当"},
             "controllability": {"score": 4, "findings": "风险点均有处置预案"},
             "riskFactors": [{"description": "迁坟补偿标准争议", "likelihood": 3, "impact": 3}],
             "measures": [{"description": "迁坟补偿按省标准上浮并公示", "owner": "县民政局"}, {"description": "拆迁户就近安置"}]}""";

    static final String RISK_LEVEL = """
            {"version": 6, "level": "HIGH", "overrideReason": "上游水源地群众意见强烈"}""";

    static final String ASSIGN_MEASURE = """
            {"version": 7, "owner": "县自然资源局"}""";

    static final String REPORT = """
            {"version": 8, "summary": "征地涉及31个村，积案已化解，措施均已落实责任单位"}""";

    static final String DECISION = """
            {"version": 9, "decision": "APPROVE", "minutes": "2026年第12次县政府常务会议集体研究，同意实施"}""";

    private MatterExamples() {
    }
}
