using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// Report fixtures. The counts are chosen to be consistent with each other (replied + overdue + pending = total,
/// A + B + C = replied = satisfied + basically + unsatisfied + noFeedback); every rate is computed from them by the
/// formula of ledger.md §3 (<see cref="SpecRates"/>), never typed in.
/// </summary>
internal static class ReportSamples
{
    internal const int Suggestions = 120, Proposals = 80;
    internal const int OnTime = 190, Late = 5, Replied = OnTime + Late, Overdue = 3, Pending = 2;
    internal const int ResultA = 120, ResultB = 60, ResultC = 15;
    internal const int Satisfied = 150, BasicallySatisfied = 40, Unsatisfied = 3, NoFeedback = 2;

    internal static AnnualReport Figures()
    {
        var shares = SpecRates.LargestRemainder(ResultA, ResultB, ResultC);
        var withFeedback = Satisfied + BasicallySatisfied + Unsatisfied;
        return new()
        {
            AsOf = new LocalDate(2026, 1, 15),
            Year = 2025,
            Suggestions = Suggestions,
            Proposals = Proposals,
            Motions = 3,
            Units = 27,
            MotionUnits = 5,
            Timeliness = new TimelinessFigures(Replied, OnTime, Late, Overdue, Pending, SpecRates.Rate(OnTime, Replied + Overdue)),
            Results =
            [
                new CategoryFigure("A", ResultA, shares[0]),
                new CategoryFigure("B", ResultB, shares[1]),
                new CategoryFigure("C", ResultC, shares[2]),
            ],
            Satisfaction = new SatisfactionFigures(
                Satisfied,
                BasicallySatisfied,
                Unsatisfied,
                NoFeedback,
                SpecRates.Rate(Satisfied, withFeedback),
                SpecRates.Rate(Satisfied + BasicallySatisfied, withFeedback)),
            Rehandling = new RehandlingFigures(3, 2),
            KeySupervised = 12,
            Communication = new CommunicationFigures(310, 420, 95),
            Activities = new ActivityFigures(2, 11, 9, 14, 46, 4, 36, 128, 3, 2),
            CategoryLabels = Labels,
        };
    }

    /// <summary>The names of the A/B/C categories as the national 办理结果 classification words them (written out by hand).</summary>
    internal static EquatableArray<CategoryLabel> Labels { get; } =
    [
        new CategoryLabel("A", "已经解决或基本解决"),
        new CategoryLabel("B", "正在解决或列入计划逐步解决"),
        new CategoryLabel("C", "因条件限制暂时无法解决"),
    ];

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
