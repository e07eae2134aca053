using System.Text;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

public class LedgerReaderTests
{
    [Fact]
    public void ReadItems_MinimalRow_BecomesAnAssignedSuggestion()
    {
        var item = Single(Row());

        Assert.Equal(new ItemId("JY-001"), item.Id);
        Assert.Equal(SubmissionKind.Suggestion, item.Submission.Kind);
        Assert.Equal("关于加强中小学课后服务的建议", item.Submission.Title);
        Assert.Equal(2025, item.Submission.Year);
        Assert.Equal(new Deputy("张红梅"), item.Submission.LeadProposer);
        Assert.False(item.Submission.IsKey);
        var assigned = Assert.IsType<Assigned>(Assert.Single(item.History));
        Assert.Equal(new LocalDate(2025, 3, 10), assigned.Date);
        Assert.Equal(new HandlingUnit("市教育局"), assigned.LeadUnit);
        Assert.False(assigned.IsComplex);
        Assert.Equal(HandlingPhase.Handling, item.State.Phase);
    }

    [Fact]
    public void ReadItems_FullRow_BuildsTheWholeHistoryInOrder()
    {
        var row = Row("TA-7")
            .With("类别", "提案")
            .With("会办单位", "市财政局、市人力资源社会保障局")
            .With("情况复杂", "否")
            .With("延期至", "2025-07-15")
            .With("重点", "是")
            .With("督办领导", "副市长 陈晓梅")
            .With("答复日期", "2025-07-01")
            .With("办理结果", "B类")
            .With("反馈日期", "2025-07-20")
            .With("满意度", "不满意")
            .With("重办答复日期", "2025-08-10")
            .With("重办满意度", "基本满意")
            .With("面商人次", "2")
            .With("电话邮件人次", "3")
            .With("走访人次", "1");

        var item = Single(row);

        var d0 = new LocalDate(2025, 3, 10);
        HandlingEvent[] expected =
        [
            new Assigned(d0, [Assignment.Lead("市教育局"), Assignment.CoHandling("市财政局"), Assignment.CoHandling("市人力资源社会保障局")]),
            new Supervised(d0, "副市长 陈晓梅"),
            new Extended(d0, new LocalDate(2025, 7, 15)),
            new Communicated(d0, CommunicationStage.DuringHandling, CommunicationMode.FaceToFace, 2),
            new Communicated(d0, CommunicationStage.DuringHandling, CommunicationMode.Phone, 3),
            new Communicated(d0, CommunicationStage.DuringHandling, CommunicationMode.Visit, 1),
            new Replied(new LocalDate(2025, 7, 1), ResultCategory.B),
            new FeedbackReceived(new LocalDate(2025, 7, 20), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(new LocalDate(2025, 7, 20)),
            new Replied(new LocalDate(2025, 8, 10), null),
            new FeedbackReceived(new LocalDate(2025, 8, 10), SatisfactionLevel.BasicallySatisfied),
        ];
        Assert.Equal(expected, item.History.ToArray());
        Assert.Equal(new Member("张红梅"), item.Submission.LeadProposer);
        Assert.True(item.Submission.IsKey);
        Assert.True(item.State.IsRehandled);
        Assert.Equal(SatisfactionLevel.BasicallySatisfied, item.State.FinalSatisfaction);
        Assert.Equal(ResultCategory.B, item.State.FirstCategory);
        Assert.Equal(new LocalDate(2025, 7, 15), item.State.Extension!.ExtendedTo);
    }

    [Fact]
    public void ReadItems_Motion_HasADeputyAsProposer()
    {
        var item = Single(Row().With("类别", "议案"));

        Assert.Equal(SubmissionKind.Motion, item.Submission.Kind);
        Assert.IsType<Deputy>(item.Submission.LeadProposer);
    }

    [Theory]
    [InlineData("2025-03-15", 15)]
    [InlineData("2025-3-5", 5)]
    [InlineData("2025/3/15", 15)]
    [InlineData("2025/03/05", 5)]
    [InlineData("2025.3.15", 15)]
    [InlineData("2025.03.5", 5)]
    [InlineData("2025年3月15日", 15)]
    [InlineData("2025年03月05日", 5)]
    [InlineData("  2025-03-15 ", 15)]
    public void ReadItems_EachDateForm_IsAccepted(string text, int day)
    {
        var item = Single(Row().With("交办日期", text));

        Assert.Equal(new LocalDate(2025, 3, day), item.History[0].Date);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("Y", true)]
    [InlineData("y", true)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("否", false)]
    [InlineData("N", false)]
    [InlineData("n", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    public void ReadItems_BooleanWords_SetComplexAndKey(string text, bool expected)
    {
        var item = Single(Row().With("情况复杂", text).With("重点", text));

        Assert.Equal(expected, item.State.IsComplex);
        Assert.Equal(expected, item.Submission.IsKey);
    }

    [Theory]
    [InlineData("A", "A")]
    [InlineData("B", "B")]
    [InlineData("C", "C")]
    [InlineData("A类", "A")]
    [InlineData("B类", "B")]
    [InlineData(" C类 ", "C")]
    public void ReadItems_ResultForms_GiveTheCategory(string text, string code)
    {
        var item = Single(Row().With("答复日期", "2025-05-01").With("办理结果", text));

        Assert.Equal(new ResultCategory(code), item.State.FirstCategory);
    }

    [Theory]
    [InlineData("满意", SatisfactionLevel.Satisfied)]
    [InlineData("基本满意", SatisfactionLevel.BasicallySatisfied)]
    [InlineData("不满意", SatisfactionLevel.Unsatisfied)]
    public void ReadItems_SatisfactionWords_GiveTheLevel(string text, SatisfactionLevel level)
    {
        var item = Single(Row().With("答复日期", "2025-05-01").With("办理结果", "A").With("反馈日期", "2025-05-20").With("满意度", text));

        Assert.Equal(level, item.State.FinalSatisfaction);
        Assert.Equal(new LocalDate(2025, 5, 20), item.State.Rounds[0].Feedback!.Date);
    }

    [Theory]
    [InlineData("市财政局、市民政局")]
    [InlineData("市财政局；市民政局")]
    [InlineData("市财政局;市民政局")]
    [InlineData("市财政局，市民政局")]
    [InlineData("市财政局,市民政局")]
    [InlineData(" 市财政局 、、 市民政局 ,")]
    public void ReadItems_CoUnitSeparators_SplitTheUnits(string text)
    {
        var item = Single(Row().With("会办单位", text));

        var assigned = (Assigned)item.History[0];
        Assert.Equal(
            [Assignment.Lead("市教育局"), Assignment.CoHandling("市财政局"), Assignment.CoHandling("市民政局")],
            assigned.Assignments.ToArray());
    }

    [Fact]
    public void ReadItems_EnglishAliases_AnyOrderAndCase_AreAccepted()
    {
        const string text = """
            Lead_Unit,assigned_on,ID,title,kind,proposer,co_units,complex,extended_to,key,supervisor,replied_on,result,feedback_on,satisfaction,rereplied_on,resatisfaction,face_to_face,phone_email,visits
            市教育局,2025-03-10,JY-9,关于X的建议,建议,王伟,市财政局,1,,Y,副市长 赵志远,2025-06-01,A,2025-06-10,满意,,,1,2,0
            """;

        var result = ReadItems(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var item = Assert.Single(result.Rows);
        Assert.Equal(new ItemId("JY-9"), item.Id);
        Assert.True(item.State.IsComplex);
        Assert.True(item.State.IsSupervised);
        Assert.Equal(2, item.State.PersonTimes(CommunicationMode.Phone));
    }

    [Fact]
    public void ReadItems_UnknownColumnsAndPaddedHeaders_AreIgnoredAndTrimmed()
    {
        const string text = "备注, 编号 ,类别,标题,领衔人,主办单位,交办日期,联系电话\n随便写,JY-1,建议,关于X的建议,王伟,市教育局,2025-03-10,13800000000\n";

        var result = ReadItems(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(new ItemId("JY-1"), Assert.Single(result.Rows).Id);
    }

    [Fact]
    public void ReadItems_CommunicationCounts_BecomeEventsWithPersonTimes()
    {
        var item = Single(Row().With("面商人次", "0").With("电话邮件人次", "").With("走访人次", "12"));

        var visit = Assert.IsType<Communicated>(Assert.Single(item.History.Skip(1)));
        Assert.Equal(CommunicationMode.Visit, visit.Mode);
        Assert.Equal(CommunicationStage.DuringHandling, visit.Stage);
        Assert.Equal(12, visit.PersonTimes);
        Assert.Equal(new LocalDate(2025, 3, 10), visit.Date);
    }

    [Fact]
    public void ReadItems_UnsatisfiedWithoutRehandling_StaysInFeedbackReceived()
    {
        var item = Single(Row().With("答复日期", "2025-05-01").With("办理结果", "C").With("反馈日期", "2025-05-20").With("满意度", "不满意"));

        Assert.Equal(HandlingPhase.FeedbackReceived, item.State.Phase);
        Assert.False(item.State.IsRehandled);
    }

    [Fact]
    public void ReadItems_RehandledWithoutSecondForm_HasNoSecondFeedback()
    {
        var item = Single(Row()
            .With("答复日期", "2025-05-01").With("办理结果", "C").With("反馈日期", "2025-05-20").With("满意度", "不满意")
            .With("重办答复日期", "2025-06-10"));

        Assert.Equal(2, item.State.Rounds.Count);
        Assert.Equal(new LocalDate(2025, 6, 10), item.State.Rounds[1].RepliedOn);
        Assert.Null(item.State.Rounds[1].Feedback);
        Assert.Equal(SatisfactionLevel.Unsatisfied, item.State.FinalSatisfaction);
    }

    [Fact]
    public void ReadItems_FormulaGuard_IsRemovedExactlyOnce()
    {
        var item = Single(Row("'=1+2").With("标题", "''@SUM(A1)").With("领衔人", "'张三").With("主办单位", "'-市教育局"));

        Assert.Equal("=1+2", item.Id.Value);
        Assert.Equal("'@SUM(A1)", item.Submission.Title);
        Assert.Equal("'张三", item.Submission.LeadProposer.Name);
        Assert.Equal(new HandlingUnit("-市教育局"), item.State.Assignment!.LeadUnit);
    }

    [Fact]
    public void ReadItems_QuotedFieldsWithCommasQuotesAndNewlines_AreRead()
    {
        var text = "编号,类别,标题,领衔人,主办单位,交办日期\r\nJY-1,建议,\"关于\"\"一老一小\"\"，服务,的建议\r\n第二行\",王伟,市民政局,2025-03-10\r\n";

        var item = Assert.Single(ReadItems(text).Rows);

        Assert.Equal("关于\"一老一小\"，服务,的建议\r\n第二行", item.Submission.Title);
    }

    [Fact]
    public void ReadItems_LineNumbers_CountPhysicalLinesOfQuotedNewlines()
    {
        var text = "编号,类别,标题,领衔人,主办单位,交办日期\n"
            + "JY-1,建议,\"两行\n标题\",王伟,市民政局,2025-03-10\n"
            + "JY-2,建议,\"三行\r\n标\n题\",王伟,市民政局,2025-03-10\n"
            + "JY-3,请示,标题,王伟,市民政局,2025-03-10\n";

        var result = ReadItems(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.UnknownKind, error.Kind);
        Assert.Equal(7, error.Line);
        Assert.Equal([2, 4, 7], result.Reported.Select(r => r.Line).ToArray());
    }

    [Fact]
    public void ReadItems_BlankLinesAndEmptyRecords_AreNotRows()
    {
        var text = "\n编号,类别,标题,领衔人,主办单位,交办日期\n\n,,,,,\nJY-1,建议,标题,王伟,市民政局,2025-03-10\n   \n";

        var result = ReadItems(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(1, result.RowsRead);
    }

    [Fact]
    public void ReadItems_CrLfAndLf_GiveTheSameItems()
    {
        var lf = Csv(Row("A"), Row("B").With("会办单位", "市财政局"));
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(ReadItems(lf).Rows, ReadItems(crlf).Rows);
        Assert.Equal(2, ReadItems(crlf).Rows.Count);
    }

    [Fact]
    public void ReadItems_Utf8WithAndWithoutBom_GiveTheSameItems()
    {
        var text = Csv(Row("JY-1"));
        var plain = Encoding.UTF8.GetBytes(text);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. plain];

        var a = LedgerReader.ReadItems(plain, "a.csv", Strict);
        var b = LedgerReader.ReadItems(withBom, "b.csv", Strict);

        Assert.True(b.IsValid, string.Join("\n", b.Errors));
        Assert.Equal(a.Rows, b.Rows);
    }

    [Fact]
    public void ReadItems_Gb18030File_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936);
        var text = Csv(Row("JY-1").With("会办单位", "市卫生健康委、市医保局"));
        var bytes = gb18030.GetBytes(text);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var result = LedgerReader.ReadItems(bytes, "gbk.csv", Strict);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(ReadItems(text).Rows, result.Rows);
    }

    [Fact]
    public void ReadItems_FromStreamAndFile_MatchTheBytes()
    {
        var text = Csv(Row("JY-1"), Row("JY-2"));
        var path = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(true));
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            var fromStream = LedgerReader.ReadItems(stream, "s.csv", Strict);
            var fromFile = LedgerReader.ReadItemsFile(path, Strict);

            Assert.Equal(fromStream.Rows, fromFile.Rows);
            Assert.Equal(path, fromFile.File);
            Assert.Equal(2, fromFile.RowsRead);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadItemsFile_MissingFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => LedgerReader.ReadItemsFile(Path.Combine(Path.GetTempPath(), "no-such-ledger.csv"), Strict));
    }

    [Fact]
    public void ReadActivities_EveryTypeAndColumn_IsRead()
    {
        var types = new[] { "专题协商", "对口协商", "界别协商", "提案办理协商", "议案办理推进会", "列席常务会议", "座谈会", "论证会", "政情通报", "专题研究" };
        var text = "日期,类型,主题,领导人次,代表委员人次\n"
            + string.Concat(types.Select((t, i) => $"2025/4/{i + 1},{t},主题{i},{i},{i * 10}\n"));

        var result = ReadActivities(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(Enum.GetValues<ActivityType>(), result.Rows.Select(a => a.Type).ToArray());
        Assert.Equal(new LiaisonActivity(new LocalDate(2025, 4, 3), ActivityType.SectorConsultation, "主题2", 2, 20), result.Rows[2]);
    }

    [Fact]
    public void ReadActivities_OptionalColumnsMissing_DefaultToZeroAndNoTopic()
    {
        var result = ReadActivities("type,date\n政情通报,2025年6月1日\n");

        Assert.Equal(new LiaisonActivity(new LocalDate(2025, 6, 1), ActivityType.Briefing), Assert.Single(result.Rows));
    }

    [Fact]
    public void ReadItems_Progress_ReportsTheRowsRead()
    {
        var rows = Enumerable.Range(1, 2500).Select(i => Row($"JY-{i}")).ToArray();
        var seen = new List<int>();
        var options = Strict with { Progress = new SynchronousProgress(seen) };

        var result = LedgerReader.ReadItems(Encoding.UTF8.GetBytes(Csv(rows)), "big.csv", options);

        Assert.Equal(2500, result.Rows.Count);
        Assert.Equal([1000, 2000, 2500], seen);
    }

    [Fact]
    public void Options_AsOfAfter9998_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerReadOptions(new LocalDate(9999, 1, 1)));
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
