using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Reporting;

public class AnnualReportJsonTests
{
    [Fact]
    public void Write_Figures_GivesExactlyTheKeysAndNestingOfTheSpec()
    {
        var json = AnnualReportJson.Write(ReportSamples.Figures());
        const string expected = """
            {
              "asOf": "2026-01-15",
              "suggestions": 120,
              "proposals": 80,
              "total": 200,
              "motions": 3,
              "units": 27,
              "motionUnits": 5,
              "timeliness": {
                "replied": 195,
                "onTime": 190,
                "late": 5,
                "overdue": 3,
                "pending": 2,
                "onTimeRate": 96.0
              },
              "results": {
                "A": {
                  "count": 120,
                  "percent": 61.5
                },
                "B": {
                  "count": 60,
                  "percent": 30.8
                },
                "C": {
                  "count": 15,
                  "percent": 7.7
                }
              },
              "satisfaction": {
                "satisfied": 150,
                "basicallySatisfied": 40,
                "unsatisfied": 3,
                "noFeedback": 2,
                "satisfiedRate": 77.7,
                "satisfiedOrBasicallyRate": 98.4
              },
              "rehandling": {
                "rehandled": 3,
                "onTime": 2
              },
              "keySupervised": 12,
              "communication": {
                "faceToFace": 310,
                "phoneEmail": 420,
                "visits": 95
              },
              "activities": {
                "topicConsultations": 2,
                "counterpartConsultations": 11,
                "sectorConsultations": 9,
                "proposalConsultations": 14,
                "consultationLeaderAttendances": 46,
                "briefings": 4,
                "executiveMeetingAttendances": 36,
                "symposiumAttendances": 128,
                "motionProgressMeetings": 3,
                "studyMeetings": 2
              }
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_NullRates_AreJsonNull_AndWholeRatesKeepOneDecimal()
    {
        var json = AnnualReportJson.Write(ReportSamples.Empty() with { Timeliness = new TimelinessFigures(1, 1, 0, 0, 0, 100m) });
        Assert.Contains("\"onTimeRate\": 100.0", json, StringComparison.Ordinal);
        Assert.Contains("\"satisfiedRate\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"percent\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhatWriteWrote_GivesTheSameFigures()
    {
        var report = ReportSamples.Figures();
        var back = AnnualReportJson.Read(AnnualReportJson.Write(report));
        Assert.Equal(report with { Year = null, SummaryYear = null, CategoryLabels = [] }, back);
    }

    [Fact]
    public void Read_MissingKey_NamesTheKey()
    {
        var json = AnnualReportJson.Write(ReportSamples.Figures()).Replace("\"keySupervised\"", "\"keySupervisedX\"", StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => AnnualReportJson.Read(json));
        Assert.Contains("keySupervised", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InconsistentTotal_IsRefused()
    {
        var json = AnnualReportJson.Write(ReportSamples.Figures()).Replace("\"total\": 200", "\"total\": 201", StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => AnnualReportJson.Read(json));
        Assert.Contains("total", ex.Message, StringComparison.Ordinal);
    }
}
