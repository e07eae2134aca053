using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using static LianLuo.Domain.Tests.Classification.TestItems;

namespace LianLuo.Domain.Tests;

/// <summary>
/// Issue 15, "one shape of this is wrong": every kind of problem the library reports reads the same through
/// <see cref="IProblem"/>: a code (area and kind), where, why and the offending value. Each case makes the problem the way a
/// user would meet it (a bad step, a bad reply, bad JSON) and states the expected view by hand.
/// </summary>
public class ProblemShapeTests
{
    [Fact]
    public void LifecycleViolation_NamesTheRuleAndTheEventsPlace()
    {
        var item = Assigned("J010", D(2025, 3, 3));

        Assert.False(ItemLifecycle.TryApply(item.State, new Replied(D(2025, 3, 1), new ResultCategory("A")), out _, out var violation));

        IProblem problem = violation;
        Assert.Equal(("lifecycle.EventsOutOfOrder", "events[1]", "答复 2025-03-01"), (problem.Code, problem.Location, problem.Value));
        Assert.Equal(violation.Message, problem.Message);
    }

    [Fact]
    public void ClassificationViolation_NamesTheItemRoundAndCategory()
    {
        var check = ReplyRules.Default.Check(Assigned("J002", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "C")).State);

        IProblem problem = Assert.Single(check.Violations);
        Assert.Equal(
            new Problem(
                "classification.ReasonMissing",
                "J002, round 1",
                "Item J002: reply (答复) of round 1 by the lead unit on 2025-05-20 breaks rule ReasonMissing (未说明理由): a C类（因条件限制暂时无法解决） reply must give its reason (说明理由).",
                "C"),
            Problem.From(problem));
    }

    [Fact]
    public void SchemeProblem_GivesTheLineAndPath()
    {
        const string json = "{\n  \"name\": \"x\",\n  \"colour\": 1\n}";

        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems.Cast<IProblem>(), p => p.Location == "line 3, colour");
        Assert.Equal(("scheme.Json", (string?)null), (problem.Code, problem.Value));
    }

    [Fact]
    public void DeadlinePolicyProblem_GivesTheLineAndPath()
    {
        const string json = "{\n  \"rules\": [],\n  \"dueSoon\": 3\n}";

        Assert.False(DeadlinePolicyJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems.Cast<IProblem>(), p => p.Location == "line 3, $.dueSoon");
        Assert.Equal(("deadline-policy", (string?)null), (problem.Code, problem.Value));
    }

    [Fact]
    public void CalendarProblem_GivesTheLineAndPath()
    {
        const string json = "{\n  \"years\": {\"2027\": {\n    \"offDays\": [{\"date\": \"2027-02-30\", \"name\": \"春节\"}],\n    \"workDays\": []}}\n}";

        Assert.False(WorkingCalendar.China.TryWithYearsFromJson(json, out _, out var problems));

        IProblem problem = Assert.Single(problems);
        Assert.Equal(("calendar", "line 3, years.2027.offDays[0].date", (string?)null), (problem.Code, problem.Location, problem.Value));
        Assert.Contains("2027-02-30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidayNoticeProblem_GivesTheLineItemAndWords()
    {
        Assert.False(HolidayNoticeParser.TryParse("关于2027年部分节假日安排的通知\n一、元旦：2027年1月1日（周五）放假，共1天。\n", out _, out var problems));

        foreach (var notice in problems)
        {
            IProblem problem = notice;
            Assert.Equal("holiday-notice", problem.Code);
            Assert.Equal($"line {notice.Line}, {notice.Item}", problem.Location);
            Assert.Equal((notice.Reason, notice.Words), (problem.Message, problem.Value));
        }

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void ItemDocumentError_GivesFileLineAndJsonPath()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"items\": [\n    {\"id\": 5}\n  ]\n}";

        var errors = ItemDocumentReader.ReadText(json, new ItemDocumentReadOptions { FileName = "d.json" }).Errors;

        var problem = Assert.Single(errors.Cast<IProblem>(), p => p.Location == "d.json:4: $.items[0].id");
        Assert.Equal(("items-json.BadValue", "5"), (problem.Code, problem.Value));
    }

    [Fact]
    public void Problem_RefusesAnEmptyCodeOrMessage_AndFormatsOnOneLine()
    {
        Assert.Throws<ArgumentException>(() => new Problem(" ", "x", "m", null));
        Assert.Throws<ArgumentException>(() => new Problem("c", "x", "", null));
        Assert.Throws<ArgumentNullException>(() => new Problem("c", null!, "m", null));

        Assert.Equal("a.csv:3: 交办日期: not a date (2025-02-30)", new Problem("ledger.BadDate", "a.csv:3: 交办日期", "not a date", "2025-02-30").ToString());
        Assert.Equal("whole file", new Problem("calendar", "", "whole file", null).ToString());
    }
}
