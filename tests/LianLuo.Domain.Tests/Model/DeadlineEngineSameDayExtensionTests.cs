using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;
using static LianLuo.Domain.Tests.Model.Samples;

namespace LianLuo.Domain.Tests.Model;

/// <summary>
/// Counterexamples of a src bug found with the lifecycle generators: DeadlineEngine places an extension in a round by its
/// date alone (ReplyDeadline takes any extension dated on or before the first reply; RehandlingDeadline any dated on or after
/// the round's start), so a same-day extension of the other round was taken. Fixed: an extension belongs to the round it is approved in;
/// the generators no longer avoid these cases.
/// </summary>
public class DeadlineEngineSameDayExtensionTests
{
    [Fact]
    public void Verdict_RehandlingExtensionOnTheReplyDay_KeepsTheLateVerdict()
    {
        // 交办 2024-03-20, reply deadline 2024-06-20; the reply of 2024-07-01 is late.
        var reply = new Replied(new LocalDate(2024, 7, 1), ResultCategory.A);
        HandlingEvent[] prefix = [LeadWithCoHandling(), reply];
        var late = DeadlineEngine.Default.Verdict(Fold(prefix))!;
        Assert.False(late.IsOnTime);

        var state = Fold([.. prefix,
            new FeedbackReceived(reply.Date, SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(reply.Date),
            new Extended(reply.Date, new LocalDate(2024, 8, 30))]);

        Assert.False(DeadlineEngine.Default.Verdict(state)!.IsOnTime);
    }

    [Fact]
    public void RehandlingDeadline_Round1ExtensionOnTheStartDay_IsNotTheRoundsExtension()
    {
        var day = new LocalDate(2024, 5, 20);
        var state = Fold(
            LeadWithCoHandling(),
            new Extended(day, new LocalDate(2024, 9, 20)),
            new Replied(day, ResultCategory.A),
            new FeedbackReceived(day, SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(day));

        // One month from the 不满意 feedback: 2024-06-20.
        Assert.Equal(new LocalDate(2024, 6, 20), DeadlineEngine.Default.RehandlingDeadline(state)!.Date);
    }
}
