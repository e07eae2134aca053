using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// The form of a policy file, problem by problem: each mistake is one problem with its JSON path, its line and its
/// reason in our words, naming what is allowed and showing the value given.
/// </summary>
public class DeadlinePolicyJsonFormTests
{
    private static DeadlinePolicyProblem OneProblem(string json)
    {
        Assert.False(DeadlinePolicyJson.TryRead(json, out var policy, out var problems));
        Assert.Null(policy);
        return Assert.Single(problems);
    }

    private static void OneProblem(string json, string path, int line, string message)
    {
        var problem = OneProblem(json);
        Assert.Equal((path, line, message), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void AnUnknownMember_NamesTheMembersAllowedThere()
    {
        OneProblem(
            "{\n  \"dueSoon\": 3\n}",
            "$.dueSoon",
            2,
            "unknown member 'dueSoon'; expected one of: name, base, rules, dueSoonWorkingDays, allowExtensionBeyondLimit, allowLateReturnRequests (names are case-sensitive)");
        OneProblem(
            "{\n  \"rules\": [\n    { \"deadline\": \"reply\", \"months\": 3, \"Kind\": \"proposal\" }\n  ]\n}",
            "$.rules[0].Kind",
            3,
            "unknown member 'Kind'; expected one of: deadline, kind, start, months, days, workingDays, date, annualDate (names are case-sensitive)");
    }

    [Fact]
    public void ARule_HasExactlyOneLength()
    {
        OneProblem(
            "{\n  \"rules\": [\n    { \"deadline\": \"reply\" }\n  ]\n}",
            "$.rules[0]",
            3,
            "a rule needs its length: one of months, days, workingDays, date, annualDate");
        OneProblem(
            "{\n  \"rules\": [\n    { \"deadline\": \"return\", \"workingDays\": 5, \"days\": 3 }\n  ]\n}",
            "$.rules[0]",
            3,
            "a rule has one length, not days and workingDays");
    }

    [Fact]
    public void ARule_NamesItsDeadline()
    {
        OneProblem("{\n  \"rules\": [\n    { \"months\": 3 }\n  ]\n}", "$.rules[0].deadline", 3, "missing member 'deadline'");
        OneProblem(
            "{\"rules\": [{ \"deadline\": \"replies\", \"months\": 3 }]}",
            "$.rules[0].deadline",
            1,
            "'deadline' must be one of reply, complexReply, rehandling, return, coHandlingOpinion, faceToFaceBeforeHandling, satisfactionForm, extensionLimit, signIn (value: \"replies\")");
        OneProblem(
            "{\"rules\": [{ \"deadline\": \"reply\", \"kind\": \"bill\", \"months\": 3 }]}",
            "$.rules[0].kind",
            1,
            "'kind' must be one of suggestion, proposal, motion (value: \"bill\")");
        OneProblem(
            "{\"rules\": [{ \"deadline\": \"reply\", \"start\": 1, \"months\": 3 }]}",
            "$.rules[0].start",
            1,
            "'start' must be one of assigned, received, replied, feedback, rehandlingStarted (value: 1)");
    }

    [Theory]
    [InlineData("\"date\": \"2025-02-30\"", "'date' must be a date YYYY-MM-DD that exists (value: \"2025-02-30\")")]
    [InlineData("\"date\": 20250301", "'date' must be a date YYYY-MM-DD that exists (value: 20250301)")]
    [InlineData("\"annualDate\": \"02-30\"", "'annualDate' must be a day of the year MM-DD that exists (value: \"02-30\")")]
    [InlineData("\"annualDate\": \"2025-03-01\"", "'annualDate' must be a day of the year MM-DD that exists (value: \"2025-03-01\")")]
    public void AFixedDate_MustExist(string member, string message)
    {
        var name = member[1..member.IndexOf('"', 1)];
        OneProblem($"{{\n  \"rules\": [\n    {{ \"deadline\": \"reply\", {member} }}\n  ]\n}}", $"$.rules[0].{name}", 3, message);
    }

    [Fact]
    public void ANullDate_IsNotADate() =>
        OneProblem("{\"rules\": [{ \"deadline\": \"reply\", \"date\": null }]}", "$.rules[0].date", 1, "'date' must be a date YYYY-MM-DD that exists (value: null)");

    [Fact]
    public void TheDueSoonWindow_IsFrom0To10000WorkingDays()
    {
        Assert.Equal(10_000, DeadlinePolicyJson.Read("{\"dueSoonWorkingDays\": 10000}").DueSoonWindow.Value);
        Assert.Equal(0, DeadlinePolicyJson.Read("{\"dueSoonWorkingDays\": 0}").DueSoonWindow.Value);
        OneProblem("{\"dueSoonWorkingDays\": 10001}", "$.dueSoonWorkingDays", 1, "must be a whole number from 0 to 10000 (value: 10001)");
        OneProblem("{\"dueSoonWorkingDays\": -1}", "$.dueSoonWorkingDays", 1, "must be a whole number from 0 to 10000 (value: -1)");
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicyJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicyJson.TryRead(null!, out _, out _));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicyJson.ReadFile(null!));
    }

    [Fact]
    public void FixedDates_AreRead()
    {
        var policy = DeadlinePolicyJson.Read("{\"rules\": [{ \"deadline\": \"extensionLimit\", \"annualDate\": \"12-31\" }, { \"deadline\": \"return\", \"kind\": \"motion\", \"date\": \"2025-02-28\" }]}");
        Assert.Contains("\"annualDate\": \"12-31\"", DeadlinePolicyJson.Write(policy), StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2025-02-28\"", DeadlinePolicyJson.Write(policy), StringComparison.Ordinal);
    }

    [Fact]
    public void AFlag_IsTrueOrFalse() =>
        OneProblem("{\n  \"allowLateReturnRequests\": 1\n}", "$.allowLateReturnRequests", 2, "must be true or false (value: 1)");

    [Fact]
    public void AMemberGivenTwice_IsAProblemAtItsPath_OnItsSecondLine()
    {
        OneProblem("{\n  \"dueSoonWorkingDays\": 3,\n  \"dueSoonWorkingDays\": 4\n}", "$.dueSoonWorkingDays", 3, "member 'dueSoonWorkingDays' is given twice");
        OneProblem(
            "{\n  \"rules\": [\n    { \"deadline\": \"reply\", \"months\": 3 },\n    { \"deadline\": \"return\", \"days\": 5,\n      \"days\": 6 }\n  ]\n}",
            "$.rules[1].days",
            5,
            "member 'days' is given twice");
    }

    [Fact]
    public void TextAfterThePolicy_IsNotValidJson()
    {
        var problem = OneProblem("{}\n{}");
        Assert.Equal(("$", 2), (problem.Path, problem.Line));
        Assert.StartsWith("not valid JSON: '{' follows a complete value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_IsOneProblem_InOurWords()
    {
        var problem = OneProblem("{\n  \"rules\": [\n  }");
        Assert.Equal(("$", 3), (problem.Path, problem.Line));
        Assert.StartsWith("not valid JSON: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyBase_WithoutRules_NamesTheBaseForEachSlotLeftEmpty()
    {
        Assert.False(DeadlinePolicyJson.TryRead("{\n  \"base\": \"empty\"\n}", out _, out var problems));
        Assert.NotEmpty(problems);
        Assert.All(problems, p =>
        {
            Assert.StartsWith("$.base (", p.Path, StringComparison.Ordinal);
            Assert.EndsWith(")", p.Path, StringComparison.Ordinal);
            Assert.Equal(1, p.Line);
        });
    }
}
