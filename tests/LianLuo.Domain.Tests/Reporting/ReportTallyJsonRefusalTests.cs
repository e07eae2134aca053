using System.Text.Json.Nodes;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// A tally document that is not one of version 1 is refused with the file, the JSON path of the first fault and why
/// (docs/tally-json.md, "Refused"): every member present, every count a whole number ≥ 0, the items counted by kind
/// adding up to <c>items.count</c>, a fingerprint and sketch of 32 hexadecimal digits each. Each test breaks one member
/// of a valid document (the tally of <see cref="AnnualReportBuilderTests.Items"/>: 7 items, 3 建议 J1 J2 X0, 3 提案 T1 T2
/// T3, 1 议案 Y1) and states the path and the reason.
/// </summary>
public class ReportTallyJsonRefusalTests
{
    private const string File = "乙市.tally.json";
    private const string Missing = "is missing.";

    private static string ValidDocument()
    {
        var accumulator = new AnnualReportAccumulator(new LocalDate(2026, 1, 15));
        accumulator.AddRange(AnnualReportBuilderTests.Items());
        return ReportTallyJson.Write(accumulator.ToTally("乙市"));
    }

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ValidDocument())!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject At(JsonObject root, params string[] path)
    {
        var node = root;
        foreach (var key in path)
        {
            node = node[key]!.AsObject();
        }

        return node;
    }

    private static void Refused(string json, string path, string reason)
    {
        var error = Assert.Throws<ReportTallyException>(() => ReportTallyJson.Read(json, File));
        Assert.Equal(File, error.File);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(reason, error.Reason);
        Assert.Equal($"{File}: {path}: {reason}", error.Message);
    }

    [Fact]
    public void TheValidDocument_IsRead_WithItsSevenItems()
    {
        var tally = ReportTallyJson.Read(ValidDocument(), File);
        Assert.Equal(7, tally.Fingerprint.Count);
        Assert.Equal(File, tally.Origin);
        Assert.Equal("乙市", tally.Name);
    }

    [Fact]
    public void NotAnObject_IsRefused() => Refused("null", "$", "a tally document is a JSON object.");

    [Fact]
    public void TheFormat_MustBeNamed()
    {
        const string Expected = "must be \"lianluo-report-tally\" (value: {0}); this is not a tally document.";
        Refused(Edit(r => r.Remove("format")), "$.format", string.Format(null, Expected, "none"));
        Refused(Edit(r => r["format"] = "lianluo-report"), "$.format", string.Format(null, Expected, "\"lianluo-report\""));
    }

    [Fact]
    public void OnlyVersion1_IsRead()
    {
        Refused(Edit(r => r["version"] = 2), "$.version", "this library reads version 1 of the tally document, not \"2\".");
        Refused(Edit(r => r.Remove("version")), "$.version", "this library reads version 1 of the tally document, not none.");
    }

    [Fact]
    public void TheName_MustNotBeBlank()
    {
        Refused(Edit(r => r["name"] = "  "), "$.name", "the tally must name its city or issuer.");
        Assert.Equal("乙市", ReportTallyJson.Read(Edit(r => r["name"] = " 乙市 ")).Name);
    }

    [Fact]
    public void TheAsOfDate_IsAnIsoDate()
    {
        Refused(Edit(r => r["asOf"] = "2026-02-30"), "$.asOf", "must be a YYYY-MM-DD date (value: \"2026-02-30\").");
        Refused(Edit(r => r.Remove("asOf")), "$.asOf", "must be a YYYY-MM-DD date (value: none).");
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    [InlineData(0)]
    public void AYearFilterOutside1949To9999_IsRefused(int year) =>
        Refused(Edit(r => r["year"] = year), "$.year", $"must be a year from 1949 to 9999 or null (value: {year}).");

    [Theory]
    [InlineData(1949)]
    [InlineData(2025)]
    [InlineData(9999)]
    public void AYearFilterFrom1949To9999_IsRead(int year) =>
        Assert.Equal(year, ReportTallyJson.Read(Edit(r => r["year"] = year)).Year);

    [Theory]
    [InlineData("classification")]
    [InlineData("deadlinePolicy")]
    [InlineData("calendar")]
    [InlineData("satisfaction")]
    [InlineData("belowAverageMargin")]
    [InlineData("minimumItemsToCompare")]
    public void EachPartOfWhatItWasComputedUnder_IsRequired(string key) =>
        Refused(Edit(r => At(r, "computedUnder").Remove(key)), $"$.computedUnder.{key}", Missing);

    [Theory]
    [InlineData("classification")]
    [InlineData("calendar")]
    public void ABlankIdentity_IsMissing(string key) =>
        Refused(Edit(r => At(r, "computedUnder")[key] = " "), $"$.computedUnder.{key}", Missing);

    [Theory]
    [InlineData("computedUnder")]
    [InlineData("items")]
    [InlineData("summaryYears")]
    [InlineData("byKind")]
    [InlineData("byUnit")]
    [InlineData("findings")]
    [InlineData("activities")]
    public void EachTopLevelMember_IsRequired(string key) => Refused(Edit(r => r.Remove(key)), $"$.{key}", Missing);

    [Theory]
    [InlineData("count")]
    [InlineData("sketch")]
    public void TheItemsCountAndSketch_AreRequired(string key) => Refused(Edit(r => At(r, "items").Remove(key)), $"$.items.{key}", Missing);

    [Fact]
    public void TheItemsCount_IsTheSumOfTheKinds()
    {
        // 3 建议 + 3 提案 + 1 议案 = 7; a document saying 8 or 6 contradicts its own tallies.
        Refused(Edit(r => At(r, "items")["count"] = 8), "$.items.count", "is 8, but the tallies by kind count 7 items.");
        Refused(Edit(r => At(r, "items")["count"] = 6), "$.items.count", "is 6, but the tallies by kind count 7 items.");
        Refused(Edit(r => At(r, "items")["count"] = -1), "$.items.count", "a count cannot be negative (value: -1).");
    }

    [Fact]
    public void TheFingerprint_Is32HexadecimalDigits()
    {
        Refused(Edit(r => At(r, "items")["fingerprint"] = "xyz"), "$.items.fingerprint", "must be 32 hexadecimal digits (value: \"xyz\").");
        Refused(Edit(r => At(r, "items").Remove("fingerprint")), "$.items.fingerprint", "must be 32 hexadecimal digits (value: none).");
    }

    [Fact]
    public void TheSketch_HoldsAtMost32HashesOf32HexadecimalDigits()
    {
        var hash = new string('0', 31) + "1";
        Refused(
            Edit(r => At(r, "items")["sketch"] = new JsonArray([.. Enumerable.Range(0, 33).Select(_ => (JsonNode?)hash)])),
            "$.items.sketch",
            "holds at most 32 hashes (has 33).");
        Refused(Edit(r => At(r, "items")["sketch"] = new JsonArray(hash, "g" + hash[1..])), "$.items.sketch[1]", $"must be 32 hexadecimal digits (value: \"g{hash[1..]}\").");

        // 32 hashes are allowed, and read back in ascending order whatever order they are written in.
        var tally = ReportTallyJson.Read(Edit(r => At(r, "items")["sketch"] = new JsonArray([.. Enumerable.Range(0, 32).Select(i => (JsonNode?)(31 - i).ToString("x32", null))])));
        Assert.Equal(Enumerable.Range(0, 32).Select(i => (UInt128)i), tally.Sketch);
    }

    [Theory]
    [InlineData("25")]
    [InlineData("20250")]
    [InlineData("+202")]
    [InlineData("２０２５")]
    public void ASummaryYear_IsAFourDigitYear(string key) =>
        Refused(Edit(r => At(r, "summaryYears")[key] = 1), $"$.summaryYears.{key}", "the key must be a four-digit year.");

    [Fact]
    public void ASummaryYearsCount_IsNotNegative() =>
        Refused(Edit(r => At(r, "summaryYears")["2025"] = -3), "$.summaryYears.2025", "a count cannot be negative (value: -3).");

    [Theory]
    [InlineData("suggestions")]
    [InlineData("proposals")]
    [InlineData("motions")]
    public void EachKind_IsRequired(string kind) => Refused(Edit(r => At(r, "byKind").Remove(kind)), $"$.byKind.{kind}", Missing);

    [Theory]
    [InlineData("counters")]
    [InlineData("results")]
    [InlineData("keyResults")]
    [InlineData("satisfaction")]
    public void EachPartOfATally_IsRequired(string part) =>
        Refused(Edit(r => At(r, "byKind", "proposals").Remove(part)), $"$.byKind.proposals.{part}", Missing);

    [Theory]
    [InlineData("suggestions")]
    [InlineData("onTime")]
    [InlineData("communicatedInPerson")]
    public void EachCounter_IsRequired(string counter) =>
        Refused(Edit(r => At(r, "byKind", "motions", "counters").Remove(counter)), $"$.byKind.motions.counters.{counter}", Missing);

    [Fact]
    public void ACounterOfAnotherVersion_IsRefused() =>
        Refused(Edit(r => At(r, "byKind", "motions", "counters")["lateReplies"] = 0), "$.byKind.motions.counters.lateReplies", "is not a counter of this version.");

    [Theory]
    [InlineData("verySatisfied")]
    [InlineData("satisfied")]
    [InlineData("basicallySatisfied")]
    [InlineData("unsatisfied")]
    [InlineData("noFeedback")]
    public void EachSatisfactionCount_IsRequired(string key) =>
        Refused(Edit(r => At(r, "byKind", "suggestions", "satisfaction").Remove(key)), $"$.byKind.suggestions.satisfaction.{key}", Missing);

    [Fact]
    public void ACountOfItems_FitsAnInt()
    {
        // Satisfaction and category counts are counts of items: at most 2147483647 each.
        Refused(
            Edit(r => At(r, "byKind", "suggestions", "satisfaction")["unsatisfied"] = 2147483648L),
            "$.byKind.suggestions.satisfaction.unsatisfied",
            "a count of items must be at most 2147483647 (value: 2147483648).");
        Refused(
            Edit(r => At(r, "byKind", "suggestions", "results")["A"] = 2147483648L),
            "$.byKind.suggestions.results.A",
            "a count of items must be at most 2147483647 (value: 2147483648).");
    }

    [Fact]
    public void ACategoryCode_IsOneToEightCharacters()
    {
        Refused(Edit(r => At(r, "byKind", "suggestions", "results")["ABCDEFGHI"] = 1), "$.byKind.suggestions.results.ABCDEFGHI", "is not a result category code.");
        Refused(Edit(r => At(r, "byKind", "suggestions", "keyResults")[" "] = 1), "$.byKind.suggestions.keyResults. ", "is not a result category code.");
    }

    [Fact]
    public void AUnitName_IsNotBlank() =>
        Refused(Edit(r => At(r, "byKind", "proposals")["units"] = new JsonArray("市交通运输局", "")), "$.byKind.proposals.units[1]", "must be a unit name.");

    [Fact]
    public void ByUnit_IsKeyedByUnitNames_WithAnObjectEach()
    {
        Refused(Edit(r => At(r, "byUnit")["市民政局"] = null), "$.byUnit['市民政局']", "must be an object keyed by a unit name.");
        Refused(Edit(r => At(r, "byUnit")[" "] = At(r, "byUnit", "市教育局").DeepClone()), "$.byUnit[' ']", "must be an object keyed by a unit name.");
    }

    [Theory]
    [InlineData("tally")]
    [InlineData("lateOrOverdue")]
    [InlineData("unsolved")]
    [InlineData("unsatisfied")]
    public void EachPartOfAUnit_IsRequired(string part) =>
        Refused(Edit(r => At(r, "byUnit", "市教育局").Remove(part)), $"$.byUnit['市教育局'].{part}", Missing);

    [Fact]
    public void AUnitsCounts_AreNotNegative() =>
        Refused(Edit(r => At(r, "byUnit", "市卫生健康委")["unsatisfied"] = -1), "$.byUnit['市卫生健康委'].unsatisfied", "a count cannot be negative (value: -1).");

    [Theory]
    [InlineData("noCommunicationBeforeReply")]
    [InlineData("followUpOverdue")]
    [InlineData("unreturnedForms")]
    [InlineData("lateReturnRequests")]
    public void EachFinding_IsRequired(string key) => Refused(Edit(r => At(r, "findings").Remove(key)), $"$.findings.{key}", Missing);

    [Fact]
    public void ALateReturnRequestCount_IsNotNegative() =>
        Refused(Edit(r => At(r, "findings", "lateReturnRequests")["市教育局"] = -2), "$.findings.lateReturnRequests['市教育局']", "a count cannot be negative (value: -2).");

    [Fact]
    public void EachActivityCounter_IsRequired()
    {
        foreach (var key in At(JsonNode.Parse(ValidDocument())!.AsObject(), "activities").Select(kv => kv.Key).ToList())
        {
            Refused(Edit(r => At(r, "activities").Remove(key)), $"$.activities.{key}", Missing);
        }
    }

    [Fact]
    public void ReadFile_NamesTheFile_AndAFileThatCannotBeRead()
    {
        var folder = Directory.CreateTempSubdirectory("tally-");
        try
        {
            var path = Path.Combine(folder.FullName, "甲市.tally.json");
            System.IO.File.WriteAllText(path, Edit(r => r["version"] = 3));
            var error = Assert.Throws<ReportTallyException>(() => ReportTallyJson.ReadFile(path));
            Assert.Equal(path, error.File);
            Assert.Equal("$.version", error.JsonPath);

            var absent = Path.Combine(folder.FullName, "丙市.tally.json");
            var unreadable = Assert.Throws<ReportTallyException>(() => ReportTallyJson.ReadFile(absent));
            Assert.Equal(absent, unreadable.File);
            Assert.Null(unreadable.JsonPath);
            Assert.StartsWith("cannot be read: ", unreadable.Reason, StringComparison.Ordinal);

            // What WriteFile writes is what Write returns, as UTF-8 without a byte-order mark.
            var tally = ReportTallyJson.Read(ValidDocument());
            var written = Path.Combine(folder.FullName, "乙市.tally.json");
            ReportTallyJson.WriteFile(written, tally);
            var bytes = System.IO.File.ReadAllBytes(written);
            Assert.Equal((byte)'{', bytes[0]);
            Assert.Equal(ReportTallyJson.Write(tally), System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(written, ReportTallyJson.ReadFile(written).Origin);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ReportTallyJson.Read(null!));
        Assert.Throws<ArgumentNullException>(() => ReportTallyJson.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => ReportTallyJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => ReportTallyJson.WriteFile(null!, ReportTallyJson.Read(ValidDocument())));
    }

    [Fact]
    public void TextThatIsNotJson_NamesTheLineAndPosition()
    {
        // The version's value is missing on the third line: the comma at position 14 stands where the value should be.
        var json = "{\n  \"format\": \"lianluo-report-tally\",\n  \"version\": ,\n}";
        var error = Assert.Throws<ReportTallyException>(() => ReportTallyJson.Read(json, File));
        Assert.Equal(File, error.File);
        Assert.Equal("$.version", error.JsonPath);
        Assert.StartsWith("not a tally document: not valid JSON at line 3, position 14: ',' cannot start a value", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMember_IsRefused_InOurWords() =>
        Refused(Edit(r => r["comment"] = "x"), "$.comment", "is not a member of version 1 of the tally document (line 1).");

    [Fact]
    public void AnArray_IsNotATallyDocument() => Refused("[1]", "$", "a tally document is a JSON object (line 1).");

    [Theory]
    [InlineData("items", "count", "\"7\"")]
    [InlineData("items", "count", "1e30")]
    [InlineData("byKind", "motions", "1")]
    [InlineData("computedUnder", "classification", "3")]
    public void AValueOfTheWrongType_IsRefused_InOurWords(string parent, string key, string value)
    {
        var json = Edit(r => At(r, parent)[key] = JsonNode.Parse(value));
        Refused(json, $"$.{parent}.{key}", "has a value of the wrong type (line 1): counts are whole numbers, names, dates and hashes strings, the sketch and a kind's units arrays, everything else objects.");
    }
}
