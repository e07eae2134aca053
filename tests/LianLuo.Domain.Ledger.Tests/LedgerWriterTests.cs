using System.Text;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

public class LedgerWriterTests
{
    private static readonly LocalDate D0 = new(2025, 3, 10);

    private static string ItemsText(params HandledItem[] items)
    {
        var bytes = ItemsBytes(items);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    private static Submission Suggestion(string id = "JY-1", string title = "关于加强课后服务的建议") =>
        new(new ItemId(id), SubmissionKind.Suggestion, title, 2025, new Deputy("张红梅"), isKey: true);

    [Fact]
    public void WriteItems_FullItem_WritesTheExactLedgerText()
    {
        var item = new HandledItem(
            Suggestion(),
            [
                new Assigned(D0, [Assignment.Lead("市教育局"), Assignment.CoHandling("市财政局"), Assignment.CoHandling("市民政局")], isComplex: false),
                new Supervised(D0, "副市长 陈晓梅"),
                new Extended(D0, new LocalDate(2025, 7, 1)),
                new Communicated(D0, CommunicationStage.DuringHandling, CommunicationMode.FaceToFace, 2),
                new Communicated(D0, CommunicationStage.DuringHandling, CommunicationMode.Phone, 1),
                new Replied(new LocalDate(2025, 6, 20), ResultCategory.B),
                new FeedbackReceived(new LocalDate(2025, 7, 2), SatisfactionLevel.Unsatisfied),
                new RehandlingStarted(new LocalDate(2025, 7, 2)),
                new Replied(new LocalDate(2025, 7, 30), ResultCategory.B),
                new FeedbackReceived(new LocalDate(2025, 7, 30), SatisfactionLevel.Satisfied),
            ]);

        Assert.Equal(
            "编号,类别,标题,领衔人,主办单位,会办单位,交办日期,情况复杂,延期至,重点,督办领导,答复日期,办理结果,反馈日期,满意度,重办答复日期,重办满意度,面商人次,电话邮件人次,走访人次\r\n"
            + "JY-1,建议,关于加强课后服务的建议,张红梅,市教育局,市财政局、市民政局,2025-03-10,否,2025-07-01,是,副市长 陈晓梅,2025-06-20,B,2025-07-02,不满意,2025-07-30,满意,2,1,0\r\n",
            ItemsText(item));
    }

    [Fact]
    public void WriteItems_OpenItem_LeavesTheReplyColumnsEmpty()
    {
        var item = new HandledItem(Suggestion(), [new Assigned(D0, [Assignment.Lead("市教育局")], isComplex: true)]);

        Assert.EndsWith("JY-1,建议,关于加强课后服务的建议,张红梅,市教育局,,2025-03-10,是,,是,,,,,,,,0,0,0\r\n", ItemsText(item), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("'=already", "''=already")]
    [InlineData("'plain", "'plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("两行\n标题", "\"两行\n标题\"")]
    [InlineData("普通标题", "普通标题")]
    public void WriteItems_Title_IsGuardedAndQuoted(string title, string written)
    {
        var item = new HandledItem(Suggestion(title: title), [new Assigned(D0, [Assignment.Lead("市教育局")])]);

        var text = ItemsText(item);

        Assert.Contains($",建议,{written},张红梅,", text, StringComparison.Ordinal);
        Assert.Equal(title, Assert.Single(LedgerReader.ReadItems(ItemsBytes([item]), "x.csv", Strict).Rows).Submission.Title);
    }

    [Fact]
    public void WriteItems_VerySatisfied_IsWrittenAsSatisfied()
    {
        var item = new HandledItem(
            Suggestion(),
            [new Assigned(D0, [Assignment.Lead("市教育局")]), new Replied(D0.PlusDays(30), ResultCategory.A), new FeedbackReceived(D0.PlusDays(40), SatisfactionLevel.VerySatisfied)]);

        Assert.Contains(",2025-04-09,A,2025-04-19,满意,,,", ItemsText(item), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteItems_EmailAndPhone_AddUpInPhoneEmail()
    {
        var item = new HandledItem(
            Suggestion(),
            [
                new Assigned(D0, [Assignment.Lead("市教育局")]),
                new Communicated(D0.PlusDays(3), CommunicationStage.BeforeHandling, CommunicationMode.Phone, 2),
                new Communicated(D0.PlusDays(9), CommunicationStage.DuringHandling, CommunicationMode.Email, 3),
                new Communicated(D0.PlusDays(9), CommunicationStage.DuringHandling, CommunicationMode.Visit, 1),
            ]);

        Assert.EndsWith(",0,5,1\r\n", ItemsText(item), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteItems_ItemsThatTheLedgerCannotHold_Throw()
    {
        var notAssigned = new HandledItem(Suggestion(), []);
        var separate = new HandledItem(Suggestion(), [new Assigned(D0, [Assignment.Separate("市教育局"), Assignment.Separate("市民政局")])]);
        var separator = new HandledItem(Suggestion(), [new Assigned(D0, [Assignment.Lead("市教育局"), Assignment.CoHandling("市财政局、市税务局")])]);
        using var stream = new MemoryStream();

        Assert.Contains("not assigned", Assert.Throws<ArgumentException>(() => LedgerWriter.WriteItems(stream, [notAssigned])).Message, StringComparison.Ordinal);
        Assert.Contains("分办", Assert.Throws<ArgumentException>(() => LedgerWriter.WriteItems(stream, [separate])).Message, StringComparison.Ordinal);
        Assert.Contains("市财政局、市税务局", Assert.Throws<ArgumentException>(() => LedgerWriter.WriteItems(stream, [separator])).Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void WriteActivities_WritesTheExactLedgerText()
    {
        var bytes = ActivitiesBytes([new LiaisonActivity(new LocalDate(2025, 4, 1), ActivityType.Briefing, "一季度政情通报", 2, 85, leader: "市长")]);

        Assert.Equal("\uFEFF日期,类型,主题,领导人次,代表委员人次\r\n2025-04-01,政情通报,一季度政情通报,2,85\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void WriteItems_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        LedgerWriter.WriteItems(stream, []);

        Assert.True(stream.CanWrite);
        Assert.Equal("\uFEFF编号,类别,标题,领衔人,主办单位,会办单位,交办日期,情况复杂,延期至,重点,督办领导,答复日期,办理结果,反馈日期,满意度,重办答复日期,重办满意度,面商人次,电话邮件人次,走访人次\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
