using System.Text.Json;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Tests.Internal;

/// <summary>
/// The map from a JSON path (as problems write it) to the line where its value, or its key, starts: lines counted by hand
/// in the text below.
/// </summary>
public sealed class JsonLineMapTests
{
    // Line 1 `{`, 2 name, 3 indicators, 4 first indicator, 5 its points, 6 second indicator, 7 closing, 8 grades, 9-10 its
    // elements, 11 the root's end.
    private const string Scheme = """
        {
          "name": "方案",
          "indicators": [
            { "id": "timely",
              "maxPoints": 30 },
            { "id": "result", "maxPoints": 40, "tags": ["a", "b"] }
          ],
          "grades": [
            90,
            80 ]
        }
        """;

    private static readonly JsonDocumentOptions HandEdited = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [Theory]
    [InlineData("$", 1)]
    [InlineData("name", 2)]
    [InlineData("indicators", 3)]
    [InlineData("indicators[0]", 4)]
    [InlineData("indicators[0].id", 4)]
    [InlineData("indicators[0].maxPoints", 5)]
    [InlineData("indicators[1]", 6)]
    [InlineData("indicators[1].maxPoints", 6)]
    [InlineData("indicators[1].tags[1]", 6)]
    [InlineData("grades", 8)]
    [InlineData("grades[0]", 9)]
    [InlineData("grades[1]", 10)]
    public void EveryPath_HasTheLineWhereItStarts(string path, int line) => Assert.Equal(line, JsonLineMap.Of(Scheme, HandEdited).LineOf(path));

    [Theory]
    // A path the text lacks takes the line of its nearest enclosing path that it has, else the root's.
    [InlineData("indicators[0].weight", 4)]
    [InlineData("indicators[7]", 3)]
    [InlineData("indicators[7].id", 3)]
    [InlineData("grades[2]", 8)]
    [InlineData("deductions", 1)]
    [InlineData("deductions[0].points", 1)]
    [InlineData("", 1)]
    public void AMissingPath_TakesItsNearestEnclosingLine(string path, int line) => Assert.Equal(line, JsonLineMap.Of(Scheme, HandEdited).LineOf(path));

    [Fact]
    public void CommentsAndTrailingCommas_AreReadAsTheScheme_AllowsThem()
    {
        const string Json = "// a scheme\n{\n  /* the name */ \"name\": \"x\",\n  \"grades\": [1,\n 2,],\n}";

        var map = JsonLineMap.Of(Json, HandEdited);

        Assert.Equal((2, 3, 4, 5), (map.LineOf("$"), map.LineOf("name"), map.LineOf("grades"), map.LineOf("grades[1]")));
    }

    [Fact]
    public void ARootArray_MapsItsElementsByIndex()
    {
        var map = JsonLineMap.Of("[\n{\"a\": 1},\n{\"a\":\n 2}\n]", HandEdited);

        Assert.Equal((1, 2, 3, 3, 3), (map.LineOf("$"), map.LineOf("[0]"), map.LineOf("[1]"), map.LineOf("[1].a"), map.LineOf("[1].b")));
    }

    [Fact]
    public void AKeyWrittenWithEscapes_IsMappedByItsName()
    {
        // "\u006e\u0061me" is the key name, on line 3.
        var map = JsonLineMap.Of("{\n\"id\": 1,\n\"\\u006e\\u0061me\": 2}", HandEdited);

        Assert.Equal(3, map.LineOf("name"));
    }

    [Fact]
    public void AKeyEscapingHalfACharacter_StillKeysItsLine()
    {
        var map = JsonLineMap.Of("{\n\"ok\": 1,\n\"\\ud800\": 2}", HandEdited);

        Assert.Equal((2, 3), (map.LineOf("ok"), map.LineOf("\\ud800")));
    }
}
