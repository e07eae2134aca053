using LianLuo.Domain.Calendars;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// Each kind of mistake that makes a text not JSON gets its own sentence, the same in every reader (scheme, calendar,
/// policy, item documents), with the line and the position of the offending character counted in characters. The texts are
/// one line unless they say otherwise; every position below is counted by hand (the comment names the character).
/// </summary>
public sealed class JsonSyntaxReasonsTests
{
    private const string CannotStart = "cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null)";
    private const string FollowsAValue = "follows a complete value, where a comma, a colon or a closing bracket was expected";
    private const string Unclosed = "the text ends before every object, array and string is closed";
    private const string Number = "a number is not written as JSON writes numbers (e.g. 12, -3.5, 1e3)";
    private const string Escape = "a backslash in a string starts no valid escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)";
    private const string Control = "a string holds a line break or another control character; write it escaped (e.g. \\n)";
    private const string Word = "a word that is not true, false or null stands where a value was expected (text goes in double quotes)";
    private const string TrailingComma = "a comma follows the last member or element; remove it";

    public static TheoryData<string, int, int, string> Mistakes => new()
    {
        // `{"name": "x"}` is 13 characters: the second '}' is the 14th.
        { "{\"name\": \"x\"}}", 1, 14, "'}' " + FollowsAValue },
        // A name with no colon after it: '1' is the 9th character.
        { "{\"name\" 1}", 1, 9, "'1' " + FollowsAValue },
        // ']' (11th) closes an array where an object is open.
        { "{\"name\": 1]", 1, 11, "']' closes an object or array that is not open" },
        { "]", 1, 1, "']' " + CannotStart },
        // The text begins with a line feed: line 2, where ']' is the 10th character.
        { "\n{\"name\": ]", 2, 10, "']' " + CannotStart },
        // A no-break space (U+00A0, two bytes in UTF-8) is not JSON whitespace: named by its code point, 9th character.
        { "{\"name\":\u00a01}", 1, 9, "the character U+00A0 " + CannotStart },
        // After 二〇二七 (four characters, twelve bytes) 'x' is the 10th character (the 18th byte).
        { "{\"二〇二七\": x}", 1, 10, "'x' " + CannotStart },
        // Names in single quotes or none: the 2nd character.
        { "{'name': 1}", 1, 2, "''' is where a member name in double quotes was expected" },
        { "{name: 1}", 1, 2, "'n' is where a member name in double quotes was expected" },
        // The comment opens at the 14th character and never closes.
        { "{\"name\": \"x\" /* open", 1, 14, "a comment is not closed" },
        // The string opened at the 10th character is not closed: the text ends after the 11th.
        { "{\"name\": \"x", 1, 12, Unclosed },
        { "{\n  \"grades\": [\n", 3, 1, Unclosed },
        // Numbers: a leading zero (the '1' after it, 11th), a point with no digit after it ('}' 12th), a sign alone, a
        // second point (12th).
        { "{\"name\": 01}", 1, 11, Number },
        { "{\"name\": 1.}", 1, 12, Number },
        { "{\"name\": -}", 1, 11, Number },
        { "{\"name\": 1.5.}", 1, 13, Number },
        // Escapes: \q ('q' 13th), \u with three digits (the closing quote, 15th, is no hex digit).
        { "{\"name\": \"a\\qb\"}", 1, 13, Escape },
        { "{\"name\": \"\\u12\"}", 1, 15, Escape },
        // A tab, a line feed and U+0001 inside a string (each the 12th character): control characters, not escapes.
        { "{\"name\": \"a\tb\"}", 1, 12, Control },
        { "{\"name\": \"a\nb\"}", 1, 12, Control },
        { "{\"name\": \"a\u0001b\"}", 1, 12, Control },
        // A word that is not a literal: found at the '}' after it (13th).
        { "{\"name\": tru}", 1, 13, Word },
        { "", 1, 1, "the text is empty: there is no JSON value in it" },
        { "   ", 1, 4, "the text is empty: there is no JSON value in it" },
        // 65 arrays in one another: the 65th '[' is one level more than the 64 a whole-text reader allows.
        { new string('[', 65) + new string(']', 65), 1, 65, "objects and arrays are nested too deeply" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Scheme_EachMistake_HasItsSentenceAndPlace(string json, int line, int position, string reason)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(($"not valid JSON at line {line}, position {position}: {reason}", (int?)line), (problem.Message, problem.Line));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Calendar_EachMistake_HasTheSameSentenceAndPlace(string json, int line, int position, string reason)
    {
        Assert.False(WorkingCalendar.China.TryWithYearsFromJson(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(($"The JSON is malformed at line {line}, position {position}: {reason}.", (int?)line), (problem.Message, problem.Line));
    }

    [Theory]
    // The streaming readers (policy, item documents) name the line only; the character is System.Text.Json's, shown as it
    // quotes it (a byte that is not ASCII by its hexadecimal value).
    [InlineData("{\"base\": }", 1, "'}' " + CannotStart)]
    [InlineData("{\n\"base\": \"default\",\n}", 3, TrailingComma)]
    [InlineData("{\"rules\": [1,]}", 1, TrailingComma)]
    [InlineData("{\"base\":\u00a0\"default\"}", 1, "'0xC2' " + CannotStart)]
    [InlineData("{\"base\": \"a\tb\"}", 1, Control)]
    [InlineData("{\"base\": nul}", 1, Word)]
    [InlineData("{\"base\": \"default\" // a comment\n}", 1, "'/' " + FollowsAValue)]
    public void Policy_EachMistake_HasItsSentenceAndLine(string json, int line, string reason)
    {
        Assert.False(DeadlinePolicyJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(("not valid JSON: " + reason, (int?)line), (problem.Message, problem.Line));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"items\": [],}", 1, TrailingComma)]
    [InlineData("{\"schemaVersion\": 1,\n\"items\": [] 2}", 2, "'2' " + FollowsAValue)]
    [InlineData("{\"schemaVersion\": 01, \"items\": []}", 1, Number)]
    [InlineData("{\"schemaVersion\": 1, \"items\": [\"\\x\"]}", 1, Escape)]
    public void ItemDocument_EachMistake_HasItsSentenceAndLine(string json, int line, string reason)
    {
        var error = Assert.Single(ItemDocumentReader.ReadText(json, new ItemDocumentReadOptions { FileName = "d.json" }).Errors);

        Assert.Equal((ItemDocumentErrorKind.Json, line, $"not valid JSON: {reason}; the document is not read further"), (error.Kind, error.Line, error.Reason));
    }

    [Fact]
    public void Scheme_AnEscapedHalfCharacter_AfterACommentAndBeforeATrailingComma_IsFoundWhereItIs()
    {
        // Comments and trailing commas are allowed in a scheme, so the search for the broken string reads them too. Line 3
        // is `"name": "\ud800",`: the string starts at its 9th character.
        const string Json = "{\n// the scheme's name\n\"name\": \"\\ud800\",\n}";

        Assert.False(EvaluationSchemeJson.TryRead(Json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(
            ("not valid JSON at line 3, position 9: a string escapes half of a character: \\uD800-\\uDBFF must be followed by \\uDC00-\\uDFFF, and these come only after it", (int?)3),
            (problem.Message, problem.Line));
    }
}
