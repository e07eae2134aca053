using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>
/// The columns that are optional as columns (ledger.md §1.1): 签收日期, 计划完成日期 and 未解决原因. A ledger without one records
/// nothing about its fact; with it, an empty cell says the item lacks it.
/// </summary>
public class OptionalColumnsTests
{
    private static readonly HandlingUnit Education = new("市教育局");

    [Fact]
    public void Recorded_FollowsTheHeader()
    {
        Assert.Equal(RecordedFacts.None, ReadItems(Csv(Row())).Recorded);
        Assert.Equal(RecordedFacts.Receipts, ReadItems(Csv(Row().With("签收日期", ""))).Recorded);
        Assert.Equal(
            RecordedFacts.PlannedCompletions | RecordedFacts.UnsolvedReasons,
            ReadItems(Csv(Row().With("planned_completion", "").With("reason", ""))).Recorded);
        Assert.Equal(RecordedFacts.All, ReadActivities("日期,类型\n2025-04-10,专题协商\n").Recorded);
    }

    [Fact]
    public void Row_WithTheOptionalFacts_BuildsTheReceiptAndTheReplysPromise()
    {
        var item = Single(Row()
            .With("签收日期", "2025-03-12")
            .With("答复日期", "2025-05-06")
            .With("办理结果", "B")
            .With("计划完成日期", "2025年12月31日")
            .With("未解决原因", ""));

        Assert.Equal([new Received(new LocalDate(2025, 3, 12), Education)], item.State.Receipts);
        var reply = Assert.Single(item.State.AllReplies);
        Assert.Equal(new LocalDate(2025, 12, 31), reply.PlannedCompletion);
        Assert.Null(reply.Reason);
        Assert.True(DeadlineEngine.Default.ReceivedOnTime(item.State, Education)); // 03-10 + 5 working days = 03-17
    }

    [Theory]
    [InlineData("2025-03-09", "签收日期 is before 交办日期 2025-03-10")]
    [InlineData("2025-05-07", "签收日期 is after 答复日期 2025-05-06")]
    public void ReceivedOn_OutsideAssignmentAndReply_IsAnError(string receivedOn, string reason)
    {
        var error = SingleError(Row().With("签收日期", receivedOn).With("答复日期", "2025-05-06").With("办理结果", "A"), LedgerErrorKind.ReceiptOutOfOrder);
        Assert.Equal(("签收日期", receivedOn, reason), (error.Column, error.Value, error.Reason));
    }

    [Fact]
    public void Writer_WritesTheOptionalColumnsOnlyWhenAnItemHasTheFact()
    {
        var plain = Single(Row().With("答复日期", "2025-05-06").With("办理结果", "A"));
        var signed = Single(Row("JY-002").With("签收日期", "2025-03-12").With("答复日期", "2025-05-06").With("办理结果", "C").With("未解决原因", "受财力所限"));

        var header = (HandledItem[] items) => System.Text.Encoding.UTF8.GetString(ItemsBytes(items)).TrimStart('\uFEFF').Split("\r\n")[0];

        Assert.DoesNotContain("签收日期", header([plain]), StringComparison.Ordinal);
        Assert.EndsWith(",签收日期,未解决原因", header([plain, signed]), StringComparison.Ordinal);
        var back = ReadItems(System.Text.Encoding.UTF8.GetString(ItemsBytes([plain, signed])));
        Assert.Equal([plain, signed], back.Rows);
        Assert.Equal(RecordedFacts.Receipts | RecordedFacts.UnsolvedReasons, back.Recorded);
    }

    [Fact]
    public void Extension_IsJudgedByTheHandlingModelOnTheReadersEngine()
    {
        // 5 months for 建议 under a local policy: 交办 2025-03-10 → regular deadline 2025-08-11 (08-10 is a Sunday), so an
        // extension to 08-11 does not extend it; to 08-12 it does.
        var policy = DeadlinePolicy.Default.With(DeadlineKind.Reply, SubmissionKind.Suggestion, PeriodRule.After(StartEvent.Assigned, new CalendarMonths(5)));
        var options = new LedgerReadOptions(AsOf) { Deadlines = DeadlineEngine.Default.WithPolicy(policy) };

        var refused = ReadItems(Csv(Row().With("延期至", "2025-08-11")), options);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((LedgerErrorKind.ExtensionNotAfterRegularDeadline, "延期至"), (error.Kind, error.Column));
        Assert.Contains("2025-08-11", error.Reason, StringComparison.Ordinal);
        Assert.True(ReadItems(Csv(Row().With("延期至", "2025-08-12")), options).IsValid);
    }
}
