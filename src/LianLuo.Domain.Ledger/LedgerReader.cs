using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// Reads the items ledger (办理台账) and the activities ledger (活动台账) of ledger.md §1 into the domain model.
/// Columns come in any order, by Chinese name or English alias; unknown columns are ignored. Text is UTF-8 (with or
/// without BOM), or GB18030 when the bytes are not valid UTF-8; line ends LF or CRLF; quoting RFC 4180 (parsed with
/// Sylvan.Data.Csv). Every error of the file is reported with its file, line, column, value and reason; bad input
/// never throws. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>An items row becomes a <see cref="HandledItem"/> whose history an application recording events one by one
/// would have written: 交办 <see cref="Assigned"/> on 交办日期 (the 主办单位 as lead, each 会办单位 as co-handling,
/// 情况复杂), 督办 <see cref="Supervised"/> on 交办日期 when a 督办领导 is given, <see cref="Extended"/> to 延期至,
/// <see cref="Communicated"/> events for 面商人次 (face to face), 电话邮件人次 (phone) and 走访人次 (visit),
/// 答复 <see cref="Replied"/> on 答复日期 with the 办理结果, 反馈 <see cref="FeedbackReceived"/> on 反馈日期 with the
/// 满意度, and for re-handling <see cref="RehandlingStarted"/> on 反馈日期, <see cref="Replied"/> on 重办答复日期 with
/// the same 办理结果 and, when a 重办满意度 is given, <see cref="FeedbackReceived"/> on 重办答复日期.</para>
/// <para>The ledger has no date for the approval of an extension nor for the communications: both are recorded
/// on 交办日期 (communications at the 办中协商 stage, one event per mode carrying its person-times). A 重办满意度 has
/// no date of its own either and is recorded on 重办答复日期. The submission's year is the year of 交办日期; its
/// proposer (领衔人) is a <see cref="Deputy"/> for 建议 and 议案, a <see cref="Member"/> for 提案.</para>
/// <para>延期至 is checked on <see cref="LedgerReadOptions.Deadlines"/>: it must end after the regular reply deadline
/// and not beyond the policy's extension limit, both counted on the working calendar. A record whose every cell is
/// empty is not a row; a line that is not valid CSV is one row, reported, and reading goes on at the next line.</para>
/// </remarks>
public static class LedgerReader
{
    private const int ProgressEvery = 1000;

    /// <summary>Reads an items ledger from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="options"/> is null.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(ReadOnlySpan<byte> content, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return Read(content, file, options, ItemColumns.All, ItemRowReader());
    }

    /// <summary>Reads an items ledger from a stream (read to its end; not closed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(Stream stream, string file, LedgerReadOptions options) =>
        ReadItems(ReadAll(stream), file, options);

    /// <summary>Reads an items ledger file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItemsFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadItems(File.ReadAllBytes(path), path, options);
    }

    /// <summary>Reads an activities ledger from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="options"/> is null.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivities(ReadOnlySpan<byte> content, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return Read(content, file, options, ActivityColumns.All, ActivityRows.Read);
    }

    /// <summary>Reads an activities ledger from a stream (read to its end; not closed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivities(Stream stream, string file, LedgerReadOptions options) =>
        ReadActivities(ReadAll(stream), file, options);

    /// <summary>Reads an activities ledger file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivitiesFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadActivities(File.ReadAllBytes(path), path, options);
    }

    private static byte[] ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads an items ledger given as sheets of records (a workbook: one sheet per entry, labelled <c>FILE[SHEET]</c>),
    /// through the same row rules as a CSV file; the 编号 must be unique across all sheets.
    /// </summary>
    internal static LedgerReadResult<HandledItem> ReadItemSheets(string file, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors, LedgerReadOptions options) =>
        ReadSheets(file, sheets, fileErrors, options, ItemColumns.All, ItemRowReader());

    /// <summary>Reads an activities ledger given as sheets of records, through the same row rules as a CSV file.</summary>
    internal static LedgerReadResult<LiaisonActivity> ReadActivitySheets(string file, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors, LedgerReadOptions options) =>
        ReadSheets(file, sheets, fileErrors, options, ActivityColumns.All, ActivityRows.Read);

    /// <summary>The row rules of the items ledger, with the check that a 编号 is given once in the whole ledger.</summary>
    private static Func<RowReader, HandledItem?> ItemRowReader()
    {
        var firstOfId = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        return row =>
        {
            var id = row.Value(ItemColumns.Id);
            if (id.Length > 0 && !firstOfId.TryAdd(id, (row.File, row.Line)))
            {
                var (firstFile, firstLine) = firstOfId[id];
                var where = string.Equals(firstFile, row.File, StringComparison.Ordinal)
                    ? $"line {firstLine}"
                    : $"{firstFile}:{firstLine}";
                row.Error(ItemColumns.Id, LedgerErrorKind.DuplicateId, $"duplicate 编号: {where} has it too");
            }

            return ItemRows.Read(row);
        };
    }

    private static LedgerReadResult<T> Read<T>(ReadOnlySpan<byte> content, string file, LedgerReadOptions options, IReadOnlyList<LedgerColumn> columns, Func<RowReader, T?> readRow)
        where T : class
    {
        var errors = new List<LedgerError>();
        var decoded = LedgerText.Decode(content);
        if (decoded.Encoding == LedgerEncoding.Utf16)
        {
            errors.Add(new LedgerError(file, 1, "(file)", string.Empty, "a UTF-16 file (byte order mark FF FE or FE FF); save the ledger as UTF-8 or GB18030", LedgerErrorKind.BadEncoding));
            return new LedgerReadResult<T>(file, options.Lenient, 0, EquatableArray<T>.Empty, EquatableArray<LedgerRowReport>.Empty, new EquatableArray<LedgerError>(errors));
        }

        var records = CsvRecords.Read(decoded.Text);
        return ReadSheets(file, [new LedgerSheet(file, records, decoded.IsLossy)], [], options, columns, readRow);
    }

    private static LedgerReadResult<T> ReadSheets<T>(string file, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors, LedgerReadOptions options, IReadOnlyList<LedgerColumn> columns, Func<RowReader, T?> readRow)
        where T : class
    {
        var errors = new List<LedgerError>(fileErrors);
        var taken = new List<(int Sheet, int Line, T Row)>();
        var reported = new List<(int Sheet, LedgerRowReport Report)>();
        var headers = new List<LedgerHeader>();
        var rowsRead = 0;
        for (var s = 0; s < sheets.Count; s++)
        {
            var (label, records, lossy) = sheets[s];
            var headerIndex = -1;
            for (var i = 0; i < records.Count && headerIndex < 0; i++)
            {
                headerIndex = records[i].IsBlank ? -1 : i;
            }

            LedgerHeader? header = null;
            if (headerIndex < 0)
            {
                errors.Add(new LedgerError(label, 1, "(header)", string.Empty, "the file has no header row (it is empty or blank)", LedgerErrorKind.NoHeader));
            }
            else if (records[headerIndex].Failure is { } failure)
            {
                errors.Add(new LedgerError(label, records[headerIndex].Line, "(header)", failure.RawLine, failure.Reason, failure.Kind));
            }
            else
            {
                header = LedgerHeader.Parse(label, records[headerIndex], columns, lossy, errors);
                headers.Add(header);
            }

            for (var i = headerIndex + 1; headerIndex >= 0 && i < records.Count; i++)
            {
                var record = records[i];
                if (record.IsBlank)
                {
                    continue;
                }

                rowsRead++;
                if (options.Progress is { } progress && rowsRead % ProgressEvery == 0)
                {
                    progress.Report(rowsRead);
                }

                if (record.Failure is { } broken)
                {
                    var column = header is null ? "(row)" : header.NameAt(broken.FieldOrdinal);
                    var error = new LedgerError(label, record.Line, column, broken.RawLine, broken.Reason, broken.Kind);
                    errors.Add(error);
                    reported.Add((s, new LedgerRowReport(record.Line, new EquatableArray<LedgerError>([error]))));
                    continue;
                }

                if (header is not { IsUsable: true })
                {
                    reported.Add((s, new LedgerRowReport(record.Line, EquatableArray<LedgerError>.Empty)));
                    continue;
                }

                var row = new RowReader(label, header, record, options);
                row.CheckShape(lossy);
                var model = readRow(row);
                if (model is not null && row.Errors.Count == 0)
                {
                    taken.Add((s, record.Line, model));
                }
                else
                {
                    errors.AddRange(row.Errors);
                    reported.Add((s, new LedgerRowReport(record.Line, new EquatableArray<LedgerError>(row.Errors))));
                }
            }
        }

        if (!options.Lenient && errors.Count > 0)
        {
            reported.AddRange(taken.Select(t => (t.Sheet, new LedgerRowReport(t.Line, EquatableArray<LedgerError>.Empty))));
            reported.Sort((a, b) => a.Sheet != b.Sheet ? a.Sheet.CompareTo(b.Sheet) : a.Report.Line.CompareTo(b.Report.Line));
            taken.Clear();
        }

        options.Progress?.Report(rowsRead);
        return new LedgerReadResult<T>(
            file,
            options.Lenient,
            rowsRead,
            new EquatableArray<T>(taken.Select(t => t.Row)),
            new EquatableArray<LedgerRowReport>(reported.Select(r => r.Report)),
            new EquatableArray<LedgerError>(errors))
        {
            Recorded = headers.Count > 0 && columns.Contains(ItemColumns.ReceivedOn)
                ? headers.Select(RecordedBy).Aggregate((a, b) => a & b)
                : RecordedFacts.All,
        };
    }

    /// <summary>The optional facts an items ledger records: those whose columns its header has (ledger.md §1.1).</summary>
    private static RecordedFacts RecordedBy(LedgerHeader header)
    {
        var recorded = RecordedFacts.None;
        if (header.Has(ItemColumns.ReceivedOn))
        {
            recorded |= RecordedFacts.Receipts;
        }

        if (header.Has(ItemColumns.PlannedCompletion))
        {
            recorded |= RecordedFacts.PlannedCompletions;
        }

        if (header.Has(ItemColumns.Reason))
        {
            recorded |= RecordedFacts.UnsolvedReasons;
        }

        return recorded;
    }
}
