using LianLuo.Domain.Calendars;

namespace LianLuo.Domain.Tests.Calendars;

/// <summary>
/// Malformed calendar JSON is one problem that says where: the line (counted from 1) in <see cref="CalendarProblem.Line"/>
/// and in the message, with the position in that line (also counted from 1, as editors show it) of the token that broke
/// the syntax.
/// </summary>
public class CalendarJsonErrorPlaceTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    [Fact]
    public void MissingComma_IsReportedAtItsLineAndPosition()
    {
        // Line 4, the comma missing before "name": 6 spaces, "offDays": (10), a space, [, a space, {, "date": (7), a space,
        // "2027-01-01" (12), a space: 41 characters, so the token "name" starts at position 42.
        const string json = "{\n  \"years\": {\n    \"2027\": {\n      \"offDays\": [ {\"date\": \"2027-01-01\" \"name\": \"元旦\"} ],\n      \"workDays\": []\n    }\n  }\n}\n";

        Assert.False(China.TryWithYearsFromJson(json, out var calendar, out var problems));

        Assert.Null(calendar);
        var problem = Assert.Single(problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("line 4, position 42", problem.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedDocument_IsReportedOnItsLastLine()
    {
        // Three lines, the third ends where the document does, before the object and the array are closed.
        const string json = "{\"years\": {\n\"2027\": {\"offDays\": [],\n\"workDays\": [";

        var ex = Assert.Throws<CalendarDataException>(() => China.WithYearsFromJson(json));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("line 3,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedOnTheFirstLine_IsLineOne()
    {
        var ex = Assert.Throws<CalendarDataException>(() => China.WithYearsFromJson("{\"years\": {\"2027\": [}"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("line 1,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShapeProblem_GetsTheLineOfItsPath()
    {
        // Valid JSON whose third line holds a date that does not exist: the problem names the path and that line.
        const string json = "{\n  \"years\": {\"2027\": {\n    \"offDays\": [{\"date\": \"2027-02-30\", \"name\": \"春节\"}],\n    \"workDays\": []}}\n}";

        Assert.False(China.TryWithYearsFromJson(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("years.2027.offDays[0].date", problem.Path);
        Assert.Equal(3, problem.Line);
    }
}
