using System.Text;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using NodaTime;
using NodaTime.Text;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

public class LedgerReaderErrorTests
{
    private static Dictionary<string, string> Replied() => Row().With("答复日期", "2025-05-06").With("办理结果", "A");

    private static Dictionary<string, string> Unsatisfied() => Replied().With("反馈日期", "2025-05-20").With("满意度", "不满意");

    [Fact]
    public void ReadItems_MissingRequiredColumn_IsAHeaderErrorAndEveryRowIsWithheld()
    {
        var text = "编号,类别,标题,领衔人,交办日期\nJY-1,建议,标题,王伟,2025-03-10\nJY-2,建议,标题,王伟,2025-03-10\n";

        var result = ReadItems(text, Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new LedgerError("items.csv", 1, "主办单位", "", "missing required column 主办单位 (lead_unit)", LedgerErrorKind.MissingColumn), error);
        Assert.Empty(result.Rows);
        Assert.Equal(2, result.RowsRead);
        Assert.All(result.Reported, r => Assert.True(r.IsWithheld));
    }

    [Fact]
    public void ReadItems_ColumnNamedTwice_IsAnErrorAndTheFirstIsRead()
    {
        var text = "编号,类别,标题,领衔人,主办单位,交办日期,id\nJY-1,建议,标题,王伟,市教育局,2025-03-10,X\n";

        var result = ReadItems(text, Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.DuplicateColumn, error.Kind);
        Assert.Equal((1, "id"), (error.Line, error.Column));
        Assert.Equal(new ItemId("JY-1"), Assert.Single(result.Rows).Id);
    }

    [Theory]
    [InlineData("编号")]
    [InlineData("类别")]
    [InlineData("标题")]
    [InlineData("领衔人")]
    [InlineData("主办单位")]
    [InlineData("交办日期")]
    public void ReadItems_EmptyRequiredValue_IsMissingValue(string column)
    {
        var error = SingleError(Row().With(column, "  "), LedgerErrorKind.MissingValue);

        Assert.Equal((2, column), (error.Line, error.Column));
    }

    [Fact]
    public void ReadItems_UnknownKind_IsReported()
    {
        var error = SingleError(Row().With("类别", "请示"), LedgerErrorKind.UnknownKind);

        Assert.Equal("items.csv:2: 类别: unknown 类别 (expected 建议, 提案 or 议案) (请示)", error.ToString());
    }

    [Theory]
    [InlineData("D")]
    [InlineData("a")]
    [InlineData("A级")]
    [InlineData("甲")]
    public void ReadItems_UnknownResult_IsReported(string value)
    {
        var error = SingleError(Replied().With("办理结果", value), LedgerErrorKind.UnknownResult);

        Assert.Equal(value, error.Value);
    }

    [Theory]
    [InlineData("满意度", "非常满意")]
    [InlineData("满意度", "一般")]
    [InlineData("重办满意度", "很好")]
    public void ReadItems_UnknownSatisfaction_IsReported(string column, string value)
    {
        var row = Unsatisfied().With("重办答复日期", "2025-06-01").With("重办满意度", "满意").With(column, value);

        var errors = Errors(row);

        Assert.Contains(errors, e => e.Kind == LedgerErrorKind.UnknownSatisfaction && e.Column == column && e.Value == value);
    }

    [Theory]
    [InlineData("2025-02-30", "does not exist")]
    [InlineData("2025-13-01", "does not exist")]
    [InlineData("2025/2/29", "does not exist")]
    [InlineData("2025-3/15", "not a date")]
    [InlineData("25-03-15", "not a date")]
    [InlineData("2025-003-15", "not a date")]
    [InlineData("2025年3月15", "not a date")]
    [InlineData("15/03/2025", "not a date")]
    [InlineData("2025-03-15T00:00", "not a date")]
    [InlineData("２０２５-03-15", "not a date")]
    [InlineData("45731", "not a date")]
    public void ReadItems_BadDate_IsReported(string value, string reason)
    {
        var error = SingleError(Row().With("交办日期", value), LedgerErrorKind.BadDate);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadItems_AssignedBefore1949_IsABadDate()
    {
        var error = SingleError(Row().With("交办日期", "1948-12-31"), LedgerErrorKind.BadDate);

        Assert.Contains("1949", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("三")]
    [InlineData("99999999999")]
    [InlineData("+2")]
    public void ReadItems_BadNumber_IsReported(string value)
    {
        var error = SingleError(Row().With("走访人次", value), LedgerErrorKind.BadNumber);

        Assert.Equal("走访人次", error.Column);
    }

    [Theory]
    [InlineData("情况复杂", "可能")]
    [InlineData("重点", "yes")]
    [InlineData("重点", "2")]
    public void ReadItems_BadBoolean_IsReported(string column, string value)
    {
        var error = SingleError(Row().With(column, value), LedgerErrorKind.BadBoolean);

        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void ReadItems_DuplicateId_NamesTheFirstLine_AndLenientTakesTheFirst()
    {
        var result = ReadItems(Csv(Row("JY-1"), Row("JY-2"), Row("JY-1")), Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.DuplicateId, error.Kind);
        Assert.Equal(4, error.Line);
        Assert.Contains("line 2", error.Reason, StringComparison.Ordinal);
        Assert.Equal(["JY-1", "JY-2"], result.Rows.Select(i => i.Id.Value).ToArray());
    }

    [Theory]
    [InlineData("市教育局")]
    [InlineData("市财政局、市财政局")]
    public void ReadItems_UnitNamedTwice_IsDuplicateUnit(string coUnits)
    {
        SingleError(Row().With("会办单位", coUnits), LedgerErrorKind.DuplicateUnit);
    }

    [Fact]
    public void ReadItems_ResultWithoutReply_IsReported() =>
        Assert.Equal("办理结果", SingleError(Row().With("办理结果", "A"), LedgerErrorKind.ResultWithoutReply).Column);

    [Fact]
    public void ReadItems_ReplyWithoutResult_IsReported() =>
        Assert.Equal("办理结果", SingleError(Row().With("答复日期", "2025-05-06"), LedgerErrorKind.ReplyWithoutResult).Column);

    [Fact]
    public void ReadItems_SatisfactionWithoutReply_IsReported()
    {
        var errors = Errors(Row().With("反馈日期", "2025-05-20").With("满意度", "满意"));

        Assert.Equal([LedgerErrorKind.SatisfactionWithoutReply], errors.Select(e => e.Kind).ToArray());
    }

    [Fact]
    public void ReadItems_SatisfactionWithoutFeedbackDate_IsReported() =>
        SingleError(Replied().With("满意度", "满意"), LedgerErrorKind.SatisfactionWithoutFeedbackDate);

    [Fact]
    public void ReadItems_FeedbackDateWithoutSatisfaction_IsReported() =>
        SingleError(Replied().With("反馈日期", "2025-05-20"), LedgerErrorKind.FeedbackDateWithoutSatisfaction);

    [Fact]
    public void ReadItems_ReplyBeforeAssignment_IsReported()
    {
        var error = SingleError(Replied().With("答复日期", "2025-03-09"), LedgerErrorKind.ReplyBeforeAssignment);

        Assert.Equal(("答复日期", "2025-03-09"), (error.Column, error.Value));
    }

    [Fact]
    public void ReadItems_ReplyOnTheDayOfAssignment_IsValid() =>
        Single(Replied().With("答复日期", "2025-03-10"));

    [Fact]
    public void ReadItems_FeedbackBeforeReply_IsReported() =>
        SingleError(Replied().With("反馈日期", "2025-05-05").With("满意度", "满意"), LedgerErrorKind.FeedbackBeforeReply);

    [Theory]
    [InlineData("满意")]
    [InlineData("基本满意")]
    [InlineData("")]
    public void ReadItems_RehandlingWhenNotUnsatisfied_IsReportedOnEachColumn(string first)
    {
        var row = Replied().With("重办答复日期", "2025-06-10").With("重办满意度", "满意");
        if (first.Length > 0)
        {
            row = row.With("反馈日期", "2025-05-20").With("满意度", first);
        }

        var errors = Errors(row).Where(e => e.Kind == LedgerErrorKind.RehandlingWithoutDissatisfaction).ToList();

        Assert.Equal(["重办答复日期", "重办满意度"], errors.Select(e => e.Column).ToArray());
    }

    [Fact]
    public void ReadItems_RereplyBeforeFeedback_IsReported() =>
        SingleError(Unsatisfied().With("重办答复日期", "2025-05-19"), LedgerErrorKind.RereplyBeforeFeedback);

    [Fact]
    public void ReadItems_ResatisfactionWithoutRereply_IsReported() =>
        SingleError(Unsatisfied().With("重办满意度", "满意"), LedgerErrorKind.ResatisfactionWithoutRereply);

    [Theory]
    [InlineData("2025-06-10", false)]
    [InlineData("2025-06-11", true)]
    [InlineData("2025-05-01", false)]
    public void ReadItems_ExtensionMustEndAfterTheRegularDeadline(string extendedTo, bool valid)
    {
        var row = Row().With("延期至", extendedTo);
        if (valid)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(extendedTo).Value, Single(row).State.Extension!.ExtendedTo);
        }
        else
        {
            Assert.Equal("延期至", SingleError(row, LedgerErrorKind.ExtensionNotAfterRegularDeadline).Column);
        }
    }

    [Fact]
    public void ReadItems_ExtensionOfAComplexItem_IsNotAfterItsSixMonthDeadline() =>
        SingleError(Row().With("情况复杂", "是").With("延期至", "2025-09-10"), LedgerErrorKind.ExtensionNotAfterRegularDeadline);

    [Theory]
    [InlineData("2025-09-10", true)]
    [InlineData("2025-09-11", false)]
    [InlineData("2026-12-31", false)]
    public void ReadItems_ExtensionAtMostSixMonthsAfterAssignment(string extendedTo, bool valid)
    {
        var row = Row().With("延期至", extendedTo);
        if (valid)
        {
            Single(row);
        }
        else
        {
            SingleError(row, LedgerErrorKind.ExtensionTooLate);
        }
    }

    [Theory]
    [InlineData("2025-07-01", "2025-10-09", false)]
    [InlineData("2025-07-01", "2025-10-10", true)]
    public void ReadItems_RegularDeadlineOnNationalDay_MovesToTheNextWorkingDay(string assignedOn, string extendedTo, bool valid)
    {
        // 2025-07-01 + 3 months is 2025-10-01, a holiday (国庆节、中秋节 2025-10-01..08): the regular deadline is 2025-10-09.
        var row = Row().With("交办日期", assignedOn).With("延期至", extendedTo);
        if (valid)
        {
            Single(row);
        }
        else
        {
            Assert.Contains("2025-10-09", SingleError(row, LedgerErrorKind.ExtensionNotAfterRegularDeadline).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2025-09-14", true)]
    [InlineData("2025-09-15", true)]
    [InlineData("2025-09-16", false)]
    public void ReadItems_ExtensionLimitOnASaturday_EndsOnTheMonday(string extendedTo, bool valid)
    {
        // 2025-03-13 + 6 months is Saturday 2025-09-13: the limit is Monday 2025-09-15, and a Sunday 延期至 moves to it.
        var row = Row().With("交办日期", "2025-03-13").With("延期至", extendedTo);
        if (valid)
        {
            Single(row);
        }
        else
        {
            Assert.Contains("2025-09-15", SingleError(row, LedgerErrorKind.ExtensionTooLate).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2025-09-10", LedgerErrorKind.ExtensionNotAfterRegularDeadline)]
    [InlineData("2026-03-11", LedgerErrorKind.ExtensionTooLate)]
    public void ReadItems_MotionExtension_FollowsTheMotionPeriodsOfThePolicy(string extendedTo, LedgerErrorKind kind)
    {
        // The default policy gives 议案 6 months to reply and an extension limit of 12 months.
        SingleError(Row().With("类别", "议案").With("延期至", extendedTo), kind);
        Single(Row().With("类别", "议案").With("延期至", "2025-12-01"));
    }

    [Fact]
    public void ReadItems_PolicyAllowingLongerExtensions_DropsTheLimitCheck()
    {
        var policy = DeadlinePolicy.Default.ToBuilder().WithExtensionBeyondLimit(true).Build();
        var options = Strict with { Deadlines = DeadlineEngine.Default.WithPolicy(policy) };

        var result = ReadItems(Csv(Row().With("延期至", "2025-12-01")), options);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(LedgerErrorKind.ExtensionTooLate, Assert.Single(ReadItems(Csv(Row().With("延期至", "2025-12-01"))).Errors).Kind);
    }

    [Fact]
    public void ReadItems_LocalReplyPeriod_MovesTheRegularDeadline()
    {
        // A city that gives 提案 5 months: an extension to 2025-07-15 is no longer after the regular deadline 2025-08-11.
        var policy = DeadlinePolicy.Default.With(DeadlineKind.Reply, SubmissionKind.Proposal, PeriodRule.After(StartEvent.Assigned, new CalendarMonths(5)));
        var options = Strict with { Deadlines = DeadlineEngine.Default.WithPolicy(policy) };
        var row = Row().With("类别", "提案").With("延期至", "2025-07-15");

        var result = ReadItems(Csv(row), options);

        Assert.Equal(LedgerErrorKind.ExtensionNotAfterRegularDeadline, Assert.Single(result.Errors).Kind);
        Assert.True(ReadItems(Csv(row)).IsValid);
    }

    [Theory]
    [InlineData("交办日期")]
    [InlineData("答复日期")]
    [InlineData("反馈日期")]
    [InlineData("重办答复日期")]
    public void ReadItems_EventAfterAsOf_IsReported(string column)
    {
        var row = Unsatisfied().With("重办答复日期", "2025-06-01");
        row[column] = "2026-01-16";

        var errors = Errors(row);

        Assert.Contains(errors, e => e.Kind == LedgerErrorKind.DateAfterAsOf && e.Column == column && e.Value == "2026-01-16");
    }

    [Fact]
    public void ReadItems_EventOnTheAsOfDate_IsValid() =>
        Single(Row().With("交办日期", "2026-01-15"));

    [Fact]
    public void ReadItems_ExtensionAfterAsOf_IsNotAnEventAndIsValid() =>
        Single(Row().With("交办日期", "2025-12-01").With("延期至", "2026-04-01"));

    [Fact]
    public void ReadActivities_EveryErrorOfARow_IsReported()
    {
        var result = ReadActivities("日期,类型,主题,领导人次,代表委员人次\n2026-02-01,茶话会,x,-1,abc\n,,主题,,\n");

        Assert.Equal(
            [
                (2, "日期", LedgerErrorKind.DateAfterAsOf),
                (2, "类型", LedgerErrorKind.UnknownActivityType),
                (2, "领导人次", LedgerErrorKind.BadNumber),
                (2, "代表委员人次", LedgerErrorKind.BadNumber),
                (3, "日期", LedgerErrorKind.MissingValue),
                (3, "类型", LedgerErrorKind.MissingValue),
            ],
            result.Errors.Select(e => (e.Line, e.Column, e.Kind)).ToArray());
    }

    [Fact]
    public void ReadActivities_MissingColumn_IsReported()
    {
        var error = Assert.Single(ReadActivities("日期,主题\n2025-01-01,x\n").Errors);

        Assert.Equal((LedgerErrorKind.MissingColumn, "类型"), (error.Kind, error.Column));
    }

    [Theory]
    [InlineData("JY-1,建议,标题,王伟,市教育局\n")]
    [InlineData("JY-1,建议,标题,王伟,市教育局,2025-03-10,多余\n")]
    public void ReadItems_RowWithWrongFieldCount_IsReported(string line)
    {
        var result = ReadItems("编号,类别,标题,领衔人,主办单位,交办日期\n" + line, Lenient);

        Assert.Contains(result.Errors, e => e.Kind == LedgerErrorKind.FieldCount && e.Line == 2 && e.Column == "(row)");
        Assert.Empty(result.Rows);
    }

    [Theory]
    [InlineData("JY-1,建议,\"标题\"多余,王伟,市教育局,2025-03-10\n", "标题")]
    [InlineData("JY-1,建议,\"标题,王伟,市教育局,2025-03-10\n", "标题")]
    public void ReadItems_MalformedLine_IsReportedAndReadingGoesOn(string badLine, string column)
    {
        var text = "编号,类别,标题,领衔人,主办单位,交办日期\n" + badLine + "JY-2,建议,标题,王伟,市教育局,2025-03-10\n";

        var result = ReadItems(text, Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.MalformedCsv, 2, column), (error.Kind, error.Line, error.Column));
        Assert.Equal(badLine.TrimEnd('\n'), error.Value);
        Assert.Equal(new ItemId("JY-2"), Assert.Single(result.Rows).Id);
        Assert.Equal(2, result.RowsRead);
    }

    [Fact]
    public void ReadItems_BytesNeitherUtf8NorGb18030_AreBadEncodingWhereTheyLand()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936);
        var head = gb18030.GetBytes("编号,类别,标题,领衔人,主办单位,交办日期\nJY-1,建议,");
        var tail = gb18030.GetBytes(",王伟,市教育局,2025-03-10\n");
        byte[] bytes = [.. head, 0xFF, 0xFF, .. tail];

        var result = LedgerReader.ReadItems(bytes, "bad.csv", Strict);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.BadEncoding, 2, "标题", "\uFFFD\uFFFD"), (error.Kind, error.Line, error.Column, error.Value));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void ReadItems_NulCharacters_AreBadEncodingAndTheRowIsStillCounted()
    {
        // A NUL at the start of a line must not make the CSV parser skip the line as a comment.
        var text = "编号,类别,标题,领衔人,主办单位,交办日期\n\0JY-1,建议,标题,王伟,市教育局,2025-03-10\n";

        var result = ReadItems(text, Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.BadEncoding, 2, "编号", "\uFFFDJY-1"), (error.Kind, error.Line, error.Column, error.Value));
        Assert.Equal(1, result.RowsRead);
        Assert.Single(result.Reported);
    }

    [Fact]
    public void ReadItems_Utf16File_IsBadEncoding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv(Row()))).ToArray();

        var result = LedgerReader.ReadItems(bytes, "utf16.csv", Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.BadEncoding, 1, "(file)"), (error.Kind, error.Line, error.Column));
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void ReadItems_BomWithInvalidUtf8_IsBadEncoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("编号,类别,标题,领衔人,主办单位,交办日期\nJY-1,建议,"), 0xC3, .. Encoding.UTF8.GetBytes(",王伟,市教育局,2025-03-10\n")];

        var result = LedgerReader.ReadItems(bytes, "bom.csv", Strict);

        Assert.Equal([LedgerErrorKind.BadEncoding], result.Errors.Select(e => e.Kind).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void ReadItems_EmptyFile_HasNoHeader(string text)
    {
        var result = ReadItems(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.NoHeader, 1), (error.Kind, error.Line));
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void ReadItems_HeaderOnly_IsAValidEmptyLedger()
    {
        var result = ReadItems("编号,类别,标题,领衔人,主办单位,交办日期\r\n");

        Assert.True(result.IsValid);
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void ReadItems_EveryErrorOfAFile_IsReportedNotOnlyTheFirst()
    {
        var text = Csv(
            Row("JY-1").With("类别", "请示").With("交办日期", "2025-02-30").With("走访人次", "x"),
            Row("JY-2"),
            Row("JY-3").With("答复日期", "2025-01-01").With("办理结果", "E").With("满意度", "满意"));

        var result = ReadItems(text);

        Assert.Equal(
            [
                (2, LedgerErrorKind.UnknownKind),
                (2, LedgerErrorKind.BadDate),
                (2, LedgerErrorKind.BadNumber),
                (4, LedgerErrorKind.UnknownResult),
                (4, LedgerErrorKind.SatisfactionWithoutFeedbackDate),
                (4, LedgerErrorKind.ReplyBeforeAssignment),
            ],
            result.Errors.Select(e => (e.Line, e.Kind)).ToArray());
    }

    [Fact]
    public void ReadItems_StrictWithAnError_TakesNoRowAndWithholdsTheValidOnes()
    {
        var result = ReadItems(Csv(Row("JY-1"), Row("JY-2").With("类别", "请示"), Row("JY-3")));

        Assert.False(result.IsUsable);
        Assert.Empty(result.Rows);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal([(2, true), (3, false), (4, true)], result.Reported.Select(r => (r.Line, r.IsWithheld)).ToArray());
    }

    [Fact]
    public void ReadItems_LenientWithAnError_TakesTheValidRowsAndListsTheOthers()
    {
        var result = ReadItems(Csv(Row("JY-1"), Row("JY-2").With("类别", "请示"), Row("JY-3")), Lenient);

        Assert.True(result.IsUsable);
        Assert.False(result.IsValid);
        Assert.Equal(["JY-1", "JY-3"], result.Rows.Select(i => i.Id.Value).ToArray());
        var reported = Assert.Single(result.Reported);
        Assert.Equal(3, reported.Line);
        Assert.Equal(LedgerErrorKind.UnknownKind, Assert.Single(reported.Errors).Kind);
        Assert.Equal(result.RowsRead, result.Rows.Count + result.Reported.Count);
    }

    [Fact]
    public void LedgerError_ToString_KeepsOneLineAndShortensHugeValues()
    {
        var error = new LedgerError("a.csv", 3, "标题", "第一行\n第二行" + new string('x', 500), "too long", LedgerErrorKind.BadDate);

        var text = error.ToString();

        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("a.csv:3: 标题: too long (第一行\\n第二行xxx", text, StringComparison.Ordinal);
        Assert.EndsWith("…)", text, StringComparison.Ordinal);
        Assert.True(text.Length < 200);
    }

    // Issue 15: a ledger error reads like every other problem of the library through IProblem (code, where, why, value).
    [Fact]
    public void LedgerError_AsAProblem_GivesFileLineColumnAndValue()
    {
        var bytes = Encoding.UTF8.GetBytes("编号,类别,标题,领衔人,主办单位,交办日期\nJY-1,建议,标题,王伟,市教育局,2025-02-30\n");

        IProblem problem = Assert.Single(LedgerReader.ReadItems(bytes, "a.csv", Strict).Errors);

        Assert.Equal(("ledger.BadDate", "a.csv:2: 交办日期", "2025-02-30"), (problem.Code, problem.Location, problem.Value));
        Assert.Equal($"a.csv:2: 交办日期: {problem.Message} (2025-02-30)", Problem.Format(problem));
    }

    // The <example> of LedgerReader's XML documentation, run: a ledger row read into the model and reported on.
    [Fact]
    public void LedgerReader_Example()
    {
        var csv = "编号,类别,标题,领衔人,主办单位,交办日期,答复日期,办理结果\nJY-1,建议,关于增设公交线路的建议,王伟,市交通运输局,2025-03-10,2025-05-20,A\n"u8;
        var result = LedgerReader.ReadItems(csv, "台账.csv", new LedgerReadOptions(new LocalDate(2026, 1, 15)));
        var problems = result.Errors.Select(e => Problem.Format(e)).ToList();
        var report = AnnualReportBuilder.Build(result.Rows, [], new LocalDate(2026, 1, 15));

        Assert.Empty(problems);
        Assert.Equal((1, 1), (report.Suggestions, report.Timeliness.OnTime)); // replied within 3 months of 交办
    }
}
