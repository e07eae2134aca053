using BenchmarkDotNet.Attributes;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>Folding a typical handling history (交办 → 签收 → 沟通 → 答复 → 反馈 → 重新办理 → 答复 → 反馈 → 办结).</summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private Submission submission = null!;
    private HandlingEvent[] history = null!;

    [GlobalSetup]
    public void Setup()
    {
        var unit = new HandlingUnit("市教育局");
        submission = new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全的建议", 2025, new Deputy("张三", "城关代表团"));
        var d = new LocalDate(2025, 3, 20);
        history =
        [
            new Assigned(d, [new Assignment(unit, AssignmentRole.Lead), Assignment.CoHandling("市公安局")]),
            new Received(d.PlusDays(2), unit),
            new Communicated(d.PlusDays(10), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace, 2),
            new CoHandlingOpinionSent(d.PlusDays(20), new HandlingUnit("市公安局")),
            new Replied(d.PlusDays(60), ResultCategory.B, PlannedCompletion: d.PlusDays(300)),
            new FeedbackReceived(d.PlusDays(70), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(d.PlusDays(71)),
            new Communicated(d.PlusDays(80), CommunicationStage.DuringHandling, CommunicationMode.Visit),
            new Replied(d.PlusDays(95), ResultCategory.A),
            new FeedbackReceived(d.PlusDays(100), SatisfactionLevel.Satisfied),
            new Closed(d.PlusDays(101)),
        ];
    }

    [Benchmark]
    public ItemState FoldHistory() => ItemLifecycle.Fold(submission, history);
}
