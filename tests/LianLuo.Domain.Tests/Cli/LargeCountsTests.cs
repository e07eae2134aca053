using System.Text.Json;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary>
/// Every count the reader accepts (a whole number up to 2147483647 per cell) can be summed: person-times and attendances
/// are added as 64-bit numbers, so the largest cells never overflow a report or an assessment (issue 14's crashes).
/// </summary>
public sealed class LargeCountsTests() : CliFixture("lianluo-counts-")
{
    private const string Max = "2147483647";

    private const string Items = $"""
        编号,类别,标题,领衔人,主办单位,交办日期,答复日期,办理结果,面商人次,走访人次
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,2025-03-03,2025-05-20,A,{Max},1
        J2,建议,关于增加学位供给的建议,赵代表,市教育局,2025-03-03,2025-05-21,B,{Max},0
        """;

    private const string Activities = $"""
        日期,类型,领导人次,代表委员人次
        2025-04-10,专题协商,{Max},{Max}
        2025-05-10,对口协商,{Max},0
        2025-06-10,座谈会,0,{Max}
        2025-06-11,论证会,0,{Max}
        """;

    [Fact]
    public void Report_LargestCells_AddUpExactly()
    {
        var (code, stdout, stderr) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("activities.csv", Activities), "--as-of", "2026-01-15", "--format", "json");

        Assert.Equal((0, string.Empty), (code, stderr));
        var report = AnnualReportJson.Read(stdout);
        Assert.Equal(new CommunicationFigures(4294967294L, 0L, 1L), report.Communication);
        Assert.Equal(4294967294L, report.Activities.ConsultationLeaderAttendances);
        Assert.Equal(4294967294L, report.Activities.SymposiumAttendances);
        Assert.Contains("\"faceToFace\": 4294967294", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LargestCells_AreScored()
    {
        var (code, stdout, stderr) = Run("score", "--items", Write("items.csv", Items), "--as-of", "2026-01-15", "--format", "json");

        Assert.Equal((0, string.Empty), (code, stderr));
        using var json = JsonDocument.Parse(stdout);
        var unit = Assert.Single(json.RootElement.GetProperty("units").EnumerateArray());
        var communication = unit.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "communication");
        Assert.Equal(2, communication.GetProperty("numerator").GetDecimal()); // both items had 面商 or 走访
    }
}
