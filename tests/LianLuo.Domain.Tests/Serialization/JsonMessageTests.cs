using LianLuo.Domain.Calendars;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// Every JSON reader (calendar, policy, scheme, item documents) tells what is wrong in our words, with line, position and
/// path: never System.Text.Json's messages, never a .NET type name. Positions are counted by hand in the texts below.
/// </summary>
public class JsonMessageTests
{
    private const string CannotStartAValue = "cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null)";

    private static readonly string[] Internals = ["Dto", "System.", "LineNumber", "BytePositionInLine", "Path: $", "payload", "JsonTokenType", "(Parameter"];

    private static void AssertNoInternals(string message)
    {
        foreach (var word in Internals)
        {
            Assert.DoesNotContain(word, message, StringComparison.Ordinal);
        }
    }

    private static CalendarProblem CalendarProblemOf(string json)
    {
        Assert.False(WorkingCalendar.China.TryWithYearsFromJson(json, out _, out var problems));
        var problem = Assert.Single(problems);
        AssertNoInternals(problem.Message);
        return problem;
    }

    [Theory]
    // '}' is the 21st character of the line.
    [InlineData("{\"years\": {\"2027\": [}", 1, $"The JSON is malformed at line 1, position 21: '}}' {CannotStartAValue}.")]
    // Positions count characters, not UTF-8 bytes: x is the 20th character (the 28th byte).
    [InlineData("{\"years\": {\"二〇二七\": x}}", 1, $"The JSON is malformed at line 1, position 20: 'x' {CannotStartAValue}.")]
    [InlineData("{\n  \"years\": {\n    \"2027\": {\"offDays\": [],\n", 4, "The JSON is malformed at line 4, position 1: the text ends before every object, array and string is closed.")]
    public void Calendar_Malformed_SaysWhereAndWhyInOurWords(string json, int line, string message)
    {
        var problem = CalendarProblemOf(json);

        Assert.Equal(message, problem.Message);
        Assert.Equal(("$", (int?)line), (problem.Path, problem.Line));
    }

    [Theory]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": 5, \"workDays\": []}}}", "years.2027.offDays", "The list must be an array of {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"} objects (it is a number).")]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": [\"2027-01-01\"], \"workDays\": []}}}", "years.2027.offDays[0]", "An entry must be an object {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}, not a string.")]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": [{\"date\": 20270101, \"name\": \"元旦\"}], \"workDays\": []}}}", "years.2027.offDays[0].date", "The date must be an existing date written YYYY-MM-DD (value: 20270101).")]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": [{\"date\": \"2027-01-01\", \"name\": 1}], \"workDays\": []}}}", "years.2027.offDays[0].name", "The holiday name must be a string (date: 2027-01-01; it is a number).")]
    [InlineData("{\"years\": {\"2027\": 7}}", "years.2027", "The notice year must be an object with \"offDays\" and \"workDays\" arrays (it is a number).")]
    [InlineData("{\"years\": []}", "years", "The JSON must be an object with a \"years\" object keyed by notice year (e.g. {\"years\": {\"2027\": {\"offDays\": [], \"workDays\": []}}}).")]
    [InlineData("[1]", "$", "The JSON must be an object with a \"years\" object keyed by notice year (e.g. {\"years\": {\"2027\": {\"offDays\": [], \"workDays\": []}}}). It is an array.")]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": [], \"workDays\": []}, \"2027\": {\"offDays\": [], \"workDays\": []}}}", "years.2027", "\"2027\" is given twice; give each member once.")]
    public void Calendar_WrongShape_NamesThePathInOurWords(string json, string path, string message)
    {
        var problem = CalendarProblemOf(json);

        Assert.Equal((path, (int?)1, message), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void Calendar_ABadDate_IsOnItsOwnLine()
    {
        const string Json = "{\n  \"years\": {\n    \"2027\": {\"offDays\": [{\"date\": \"2027-02-30\", \"name\": \"春节\"}], \"workDays\": []}\n  }\n}";

        var problem = CalendarProblemOf(Json);

        Assert.Equal(("years.2027.offDays[0].date", (int?)3, "The date must be an existing date written YYYY-MM-DD (value: \"2027-02-30\")."), (problem.Path, problem.Line, problem.Message));
    }

    [Theory]
    // Line 3 is `  "grades": [}`: '}' is its 14th character.
    [InlineData("{\n  \"name\": \"x\",\n  \"grades\": [}\n", 3, $"not valid JSON at line 3, position 14: '}}' {CannotStartAValue}")]
    [InlineData("{\n\n  \"name\": \"x\"\n", 4, "not valid JSON at line 4, position 1: the text ends before every object, array and string is closed")]
    [InlineData("{\"name\": \"名称\" \"grades\": []}", 1, "not valid JSON at line 1, position 15: '\"' follows a complete value, where a comma, a colon or a closing bracket was expected")]
    public void Scheme_Malformed_SaysWhereAndWhyInOurWords(string json, int line, string message)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        AssertNoInternals(problem.Message);
        Assert.Equal(("$", (int?)line, message), (problem.Path, problem.Line, problem.Message));
    }

    [Theory]
    [InlineData("{\"base\": }", 1, $"not valid JSON: '}}' {CannotStartAValue}")]
    [InlineData("{\n  \"base\": \"default\",\n  \"rules\": [\n", 4, "not valid JSON: the text ends before every object, array and string is closed")]
    public void Policy_Malformed_SaysWhereAndWhyInOurWords(string json, int line, string message)
    {
        Assert.False(DeadlinePolicyJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        AssertNoInternals(problem.Message);
        Assert.Equal(("$", (int?)line, message), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void ItemDocument_Malformed_SaysWhereAndWhyInOurWords()
    {
        var errors = ItemDocumentReader.ReadText("{\"schemaVersion\": 1,\n \"items\": [}", new ItemDocumentReadOptions { FileName = "d.json" }).Errors;

        var error = Assert.Single(errors);
        AssertNoInternals(error.Reason);
        Assert.Equal($"not valid JSON: '}}' {CannotStartAValue}; the document is not read further", error.Reason);
        Assert.Equal(2, error.Line);
    }

    // Found by fuzzing the calendar reader: an escaped lone surrogate is well-formed JSON that no reader can make a string of;
    // GetString threw InvalidOperationException out of TryWithYearsFromJson.
    private const string BrokenEscape = "a string escapes half of a character: \\uD800-\\uDBFF must be followed by \\uDC00-\\uDFFF, and these come only after it";

    [Theory]
    [InlineData("{\"years\": {\"\\ud800\": 1}}", 1, 12)]
    [InlineData("{\"years\": {\"2027\": {\"offDays\": [{\"date\": \"2027-01-01\",\n \"name\": \"春节\\udc00\"}], \"workDays\": []}}}", 2, 10)]
    public void Calendar_AnEscapedHalfCharacter_IsAProblemNotAnException(string json, int line, int position)
    {
        var problem = CalendarProblemOf(json);

        Assert.Equal(("$", (int?)line, $"The JSON is malformed at line {line}, position {position}: {BrokenEscape}."), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void Scheme_AnEscapedHalfCharacter_IsAProblemNotAnException()
    {
        Assert.False(EvaluationSchemeJson.TryRead("{\"name\": \"\\ud800x\"}", out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(("$", (int?)1, $"not valid JSON at line 1, position 10: {BrokenEscape}"), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void Policy_AnEscapedHalfCharacter_IsAProblemNotAnException()
    {
        Assert.False(DeadlinePolicyJson.TryRead("{\n\"base\": \"\\ud800\"}", out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(("$", (int?)2, $"not valid JSON: {BrokenEscape}"), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void ItemDocument_AnEscapedHalfCharacter_IsAnErrorNotAnException()
    {
        var error = Assert.Single(ItemDocumentReader.ReadText("{\"schemaVersion\": 1, \"items\": [{\"\\udfff\": 1}]}", new ItemDocumentReadOptions { FileName = "d.json" }).Errors);

        Assert.Equal((1, $"not valid JSON: {BrokenEscape}; the document is not read further"), (error.Line, error.Reason));
    }

    // Found by fuzzing the item documents: bytes that are not UTF-8 inside a string threw InvalidOperationException out of Read.
    [Fact]
    public void ItemDocument_AStringThatIsNotUtf8_IsAnErrorNotAnException()
    {
        byte[] json = [.. "{\"schemaVersion\": 1,\n\"items\": [{\"title\": \""u8, 0xE5, 0x20, .. "\"}]}"u8];
        using var stream = new MemoryStream(json);

        var error = Assert.Single(ItemDocumentReader.Read(stream, new ItemDocumentReadOptions { FileName = "d.json" }).Errors);

        Assert.Equal((2, "not valid JSON: a string is not valid UTF-8 text (save the file as UTF-8); the document is not read further"), (error.Line, error.Reason));
    }

    [Fact]
    public void WordsOf_LeavesOutWhatTheFrameworkAppends()
    {
        Assert.Equal("Year must be 1949-9999 (value: 10000).", Preconditions.WordsOf(new ArgumentOutOfRangeException("year", 10000, "Year must be 1949-9999 (value: 10000).")));
        Assert.Equal("A unit is named twice.", Preconditions.WordsOf(new ArgumentException("A unit is named twice.", "units")));
        Assert.Equal("As it is.", Preconditions.WordsOf(new ArgumentException("As it is.")));
    }
}
