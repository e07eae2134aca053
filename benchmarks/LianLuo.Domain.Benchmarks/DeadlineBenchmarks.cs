using BenchmarkDotNet.Attributes;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// The reply deadline of one item (3 months from 交办 on 2025-07-01, ending on 国庆节 and rolled over eight rest days to
/// 2025-10-09). The baseline is the floor: one NodaTime <c>PlusMonths</c>, without which no month deadline exists. Against
/// it: a plain day-by-day roll over the same calendar, the engine's allocation-free <c>RegularReplyDate</c>, and the same
/// with its explanation built.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private DeadlineEngine engine = null!;
    private WorkingCalendar calendar = null!;
    private LocalDate assignedOn;

    [GlobalSetup]
    public void Setup()
    {
        engine = DeadlineEngine.Default;
        calendar = engine.Calendar;
        assignedOn = new LocalDate(2025, 7, 1);
        _ = engine.RegularReplyDate(SubmissionKind.Suggestion, assignedOn, isComplex: false);
    }

    [Benchmark(Baseline = true)]
    public LocalDate PlusMonths() => assignedOn.PlusMonths(3);

    [Benchmark]
    public DeadlineDate ReplyDeadline_DayByDay()
    {
        var raw = assignedOn.PlusMonths(3);
        var date = raw;
        var provisional = calendar.IsProvisional(date);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.PlusDays(1);
            provisional |= calendar.IsProvisional(date);
        }

        return new DeadlineDate(date, raw, provisional);
    }

    [Benchmark]
    public DeadlineDate ReplyDeadline_Engine() => engine.RegularReplyDate(SubmissionKind.Suggestion, assignedOn, isComplex: false);

    [Benchmark]
    public Deadline ReplyDeadline_EngineWithExplanation() => engine.RegularReplyDeadline(SubmissionKind.Suggestion, assignedOn, isComplex: false);
}
