using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

internal static class ReportSamples
{
    internal static AnnualReport Figures(int scale = 1) => new()
    {
        AsOf = new LocalDate(2026, 1, 15),
        Year = 2025,
        Suggestions = 120 * scale,
        Proposals = 80 * scale,
        Motions = 3,
        Units = 27,
        MotionUnits = 5,
        Timeliness = new TimelinessFigures(195 * scale, 190 * scale, 5 * scale, 3, 2, 98.5m),
        Results =
        [
            new CategoryFigure("A", 120, 61.5m),
            new CategoryFigure("B", 60, 30.8m),
            new CategoryFigure("C", 15, 7.7m),
        ],
        Satisfaction = new SatisfactionFigures(150, 40, 3, 2, 77.7m, 98.4m),
        Rehandling = new RehandlingFigures(3, 2),
        KeySupervised = 12,
        Communication = new CommunicationFigures(310, 420, 95),
        Activities = new ActivityFigures(2, 11, 9, 14, 46, 4, 36, 128, 3, 2),
    };

    internal static AnnualReport Empty() => new()
    {
        AsOf = new LocalDate(2026, 1, 15),
        Year = 2025,
        Suggestions = 0,
        Proposals = 0,
        Motions = 0,
        Units = 0,
        MotionUnits = 0,
        Timeliness = new TimelinessFigures(0, 0, 0, 0, 0, null),
        Results = [new CategoryFigure("A", 0, null), new CategoryFigure("B", 0, null), new CategoryFigure("C", 0, null)],
        Satisfaction = new SatisfactionFigures(0, 0, 0, 0, null, null),
        Rehandling = new RehandlingFigures(0, 0),
        KeySupervised = 0,
        Communication = new CommunicationFigures(0, 0, 0),
        Activities = new ActivityFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    };
}
