using System.Globalization;
using System.Text;

namespace LianLuo.Domain.Ledger;

/// <summary>What is wrong with a ledger: every kind of ledger.md §1.4, and the few the reader adds.</summary>
public enum LedgerErrorKind
{
    /// <summary>A required column is missing from the header.</summary>
    MissingColumn = 1,

    /// <summary>The header names the same column twice (e.g. 编号 and id); the first one is read.</summary>
    DuplicateColumn = 2,

    /// <summary>A required value is empty.</summary>
    MissingValue = 3,

    /// <summary>An unknown 类别 (not 建议, 提案 or 议案).</summary>
    UnknownKind = 4,

    /// <summary>An unknown 类型 of activity.</summary>
    UnknownActivityType = 5,

    /// <summary>An unknown 办理结果 (not A, B or C, optionally followed by 类).</summary>
    UnknownResult = 6,

    /// <summary>An unknown 满意度 or 重办满意度 (not 满意, 基本满意 or 不满意).</summary>
    UnknownSatisfaction = 7,

    /// <summary>A value that is not one of the four date forms, or a date that does not exist.</summary>
    BadDate = 8,

    /// <summary>A value that is not a whole number ≥ 0.</summary>
    BadNumber = 9,

    /// <summary>A value that is not one of the boolean words (是/Y/true/1, 否/N/false/0 or empty).</summary>
    BadBoolean = 10,

    /// <summary>A 编号 given by an earlier row of the file.</summary>
    DuplicateId = 11,

    /// <summary>A unit named twice among 主办单位 and 会办单位.</summary>
    DuplicateUnit = 12,

    /// <summary>A 办理结果 without a 答复日期.</summary>
    ResultWithoutReply = 13,

    /// <summary>A 满意度 without a 答复日期.</summary>
    SatisfactionWithoutReply = 14,

    /// <summary>A 满意度 without a 反馈日期.</summary>
    SatisfactionWithoutFeedbackDate = 15,

    /// <summary>A 反馈日期 without a 满意度.</summary>
    FeedbackDateWithoutSatisfaction = 16,

    /// <summary>A 答复日期 without a 办理结果: a reply (答复) always carries its result category in the domain model.</summary>
    ReplyWithoutResult = 17,

    /// <summary>A 答复日期 before the 交办日期.</summary>
    ReplyBeforeAssignment = 18,

    /// <summary>A 反馈日期 before the 答复日期.</summary>
    FeedbackBeforeReply = 19,

    /// <summary>重办 columns (重办答复日期, 重办满意度) when the first 满意度 is not 不满意.</summary>
    RehandlingWithoutDissatisfaction = 20,

    /// <summary>A 重办答复日期 before the 反馈日期.</summary>
    RereplyBeforeFeedback = 21,

    /// <summary>A 重办满意度 without a 重办答复日期.</summary>
    ResatisfactionWithoutRereply = 22,

    /// <summary>A 延期至 not after the item's regular reply deadline (3 months from 交办日期, 6 when complex, under the default policy, on the China working calendar).</summary>
    ExtensionNotAfterRegularDeadline = 23,

    /// <summary>
    /// A 延期至 more than 6 months after the 交办日期: beyond the extension limit of the deadline policy (6 months for 建议 and 提案
    /// under the default policy), the limit and 延期至 both moved to the next working day when they fall on a rest day.
    /// </summary>
    ExtensionTooLate = 24,

    /// <summary>An event date (交办日期, 答复日期, 反馈日期, 重办答复日期, an activity's 日期) after the as-of date.</summary>
    DateAfterAsOf = 25,

    /// <summary>A row with more or fewer fields than the header.</summary>
    FieldCount = 26,

    /// <summary>A line that is not valid CSV (RFC 4180), e.g. a quote that is never closed; the reader goes on at the next line.</summary>
    MalformedCsv = 27,

    /// <summary>Bytes that are neither valid UTF-8 nor valid GB18030, NUL characters, or a UTF-16 file.</summary>
    BadEncoding = 28,

    /// <summary>The file has no header row (it is empty or blank).</summary>
    NoHeader = 29,

    /// <summary>
    /// The row's history breaks a rule of the handling lifecycle (see <c>LifecycleRule</c>) or a value is refused by the
    /// domain model. The other checks leave no such row; this kind keeps any that slips through an error, not an exception.
    /// </summary>
    LifecycleViolation = 30,

    /// <summary>A 签收日期 before the 交办日期 or after the 答复日期.</summary>
    ReceiptOutOfOrder = 31,

    /// <summary>
    /// A workbook (.xlsx) that cannot be read as a ledger, or a cell of it that cannot be a value: not a zip package,
    /// an old-format .xls, password-protected, corrupt, beyond the reader's size limits (a zip bomb, too many rows),
    /// a cell longer than Excel's 32767 characters, or an Excel error value such as #REF!.
    /// </summary>
    BadWorkbook = 32,
}

/// <summary>
/// One error of a ledger: where (file, line, column), what (the offending value) and why. Lines count physical lines
/// of the file, the header being line 1 (a quoted value that spans lines moves the following rows down).
/// Immutable and thread-safe.
/// </summary>
/// <param name="File">The file name as given to the reader.</param>
/// <param name="Line">The physical line (the header is line 1) where the row starts.</param>
/// <param name="Column">The column as named in the header (or its Chinese name when it is missing, or a label in parentheses such as <c>(row)</c>).</param>
/// <param name="Value">The offending value, trimmed (empty when missing).</param>
/// <param name="Reason">Why the value is wrong, naming the rule (in English with the Chinese terms).</param>
/// <param name="Kind">The kind of error.</param>
public sealed record LedgerError(string File, int Line, string Column, string Value, string Reason, LedgerErrorKind Kind) : IProblem
{
    private const int MaxShownValueLength = 120;

    /// <summary>
    /// The error as one line: <c>FILE:LINE: COLUMN: reason (value)</c>. Control characters of the value are escaped
    /// and a value longer than 120 characters is cut with …, so that every error stays on one line.
    /// </summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {OneLine(Column)}: {Reason} ({OneLine(Shorten(Value))})");

    /// <summary><c>ledger.</c> and the kind, e.g. <c>ledger.BadDate</c>.</summary>
    string IProblem.Code => "ledger." + Kind.ToString();

    /// <summary><c>FILE:LINE: COLUMN</c>, the start of <see cref="ToString"/> (control characters of the column escaped).</summary>
    string IProblem.Location => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {OneLine(Column)}");

    /// <summary>The <see cref="Reason"/>.</summary>
    string IProblem.Message => Reason;

    private static string Shorten(string value) =>
        value.Length <= MaxShownValueLength ? value : string.Concat(value.AsSpan(0, MaxShownValueLength), "…");

    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
