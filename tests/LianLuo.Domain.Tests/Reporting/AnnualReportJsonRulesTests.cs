using System.Text.Json;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// The parts of the report's JSON that <see cref="AnnualReportJsonTests"/> does not compare: the table by city of a merged
/// report (docs/tally-json.md: <c>byCity</c> after the keys of ledger.md §3, its members in order), and the reader's
/// refusals, each naming the key and the value in our words.
/// </summary>
public class AnnualReportJsonRulesTests
{
    private static readonly string[] CityMembers =
    [
        "name", "suggestions", "proposals", "total", "motions", "replied", "onTime", "late", "overdue", "onTimeRate",
        "solvedOrPlannedRate", "satisfiedOrBasicallyRate",
    ];

    private static AnnualReport Merged() => ReportSamples.Figures() with
    {
        ByCity =
        [
            new CityFigures("甲市", 70, 50, 2, 118, 115, 3, 2, 95.0m, 88.5m, null),
            new CityFigures("乙市", 50, 30, 1, 77, 75, 2, 1, 96.2m, null, 97.1m),
        ],
    };

    [Fact]
    public void AMergedReport_EndsWithItsTableByCity_EveryMemberInOrder()
    {
        using var document = JsonDocument.Parse(AnnualReportJson.Write(Merged()));
        var root = document.RootElement;
        Assert.Equal("byCity", root.EnumerateObject().Last().Name);
        Assert.Equal("activities", root.EnumerateObject().SkipLast(1).Last().Name);
        var cities = root.GetProperty("byCity");
        Assert.Equal(2, cities.GetArrayLength());
        Assert.All(cities.EnumerateArray(), c => Assert.Equal(CityMembers, c.EnumerateObject().Select(p => p.Name)));

        var a = cities[0];
        Assert.Equal("甲市", a.GetProperty("name").GetString());
        Assert.Equal([70, 50, 120, 2, 118, 115, 3, 2], CityMembers[1..9].Select(k => a.GetProperty(k).GetInt32()));
        Assert.Equal("95.0", a.GetProperty("onTimeRate").GetRawText());
        Assert.Equal("88.5", a.GetProperty("solvedOrPlannedRate").GetRawText());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("satisfiedOrBasicallyRate").ValueKind);

        var b = cities[1];
        Assert.Equal("乙市", b.GetProperty("name").GetString());
        Assert.Equal([50, 30, 80, 1, 77, 75, 2, 1], CityMembers[1..9].Select(k => b.GetProperty(k).GetInt32()));
        Assert.Equal("96.2", b.GetProperty("onTimeRate").GetRawText());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("solvedOrPlannedRate").ValueKind);
        Assert.Equal("97.1", b.GetProperty("satisfiedOrBasicallyRate").GetRawText());
    }

    [Fact]
    public void AReportOnOneLedger_HasNoTableByCity()
    {
        using var document = JsonDocument.Parse(AnnualReportJson.Write(ReportSamples.Figures()));
        Assert.False(document.RootElement.TryGetProperty("byCity", out _));
    }

    [Fact]
    public void ToAWriter_WritesTheSameJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            AnnualReportJson.Write(writer, Merged());
        }

        using var compact = JsonDocument.Parse(stream.ToArray());
        using var indented = JsonDocument.Parse(AnnualReportJson.Write(Merged()));
        Assert.True(JsonElement.DeepEquals(compact.RootElement, indented.RootElement));
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Throws<ArgumentNullException>(() => AnnualReportJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => AnnualReportJson.Write(null!, Merged()));
        Assert.Throws<ArgumentNullException>(() => AnnualReportJson.Write(writer, null!));
        Assert.Throws<ArgumentNullException>(() => AnnualReportJson.Read(null!));
    }

    private static string Replaced(string from, string to)
    {
        var json = AnnualReportJson.Write(ReportSamples.Figures());
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    private static void Refused(string json, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => AnnualReportJson.Read(json)).Message);

    [Fact]
    public void AnAsOfThatIsNotADate_IsRefused() =>
        Refused(Replaced("\"asOf\": \"2026-01-15\"", "\"asOf\": \"2026-13-01\""), "Report JSON: 'asOf' is not a YYYY-MM-DD date (value: 2026-13-01).");

    [Fact]
    public void ANullAsOf_IsRefused_ShowingNothing() =>
        Refused(Replaced("\"asOf\": \"2026-01-15\"", "\"asOf\": null"), "Report JSON: 'asOf' is not a YYYY-MM-DD date (value: ).");

    [Fact]
    public void AFractionalCount_IsRefused() =>
        Refused(Replaced("\"suggestions\": 120", "\"suggestions\": 120.5"), "Report JSON: 'suggestions' must be a whole number (value: 120.5).");

    [Fact]
    public void ACountOfContactsThatIsText_IsRefused() =>
        Refused(Replaced("\"faceToFace\": 310", "\"faceToFace\": \"310\""), "Report JSON: 'faceToFace' must be a whole number (value: \"310\").");

    [Fact]
    public void ARateThatIsText_IsRefused() =>
        Refused(Replaced("\"onTimeRate\": 96.0", "\"onTimeRate\": \"96.0\""), "Report JSON: 'onTimeRate' must be a number or null (value: \"96.0\").");

    [Fact]
    public void AnAsOfThatIsANumber_HasTheWrongType()
    {
        var error = Assert.Throws<FormatException>(() => AnnualReportJson.Read(Replaced("\"asOf\": \"2026-01-15\"", "\"asOf\": 20260115")));
        Assert.StartsWith("Report JSON has a value of the wrong type: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotJson_NamesTheLineAndPosition()
    {
        // Line 3 of the written report is `  "suggestions": 120,`; the value cut off leaves the comma at position 18.
        Refused(
            Replaced("\"suggestions\": 120,", "\"suggestions\": ,"),
            "Report JSON is not valid JSON at line 3, position 18: ',' cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null).");
    }
}
