using LianLuo.Domain.Ledger.Internal;
using LianLuo.Domain.Lifecycle;
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
/// <para>The text is parsed as it is read (never held whole); a record may have at most 16,777,216 characters: a longer
/// one is reported as a malformed row ("the record is longer than 16777216 characters") and reading goes on after it.
/// <see cref="StreamItems"/> and <see cref="StreamItemsFile"/> read an items ledger lazily, for ledgers of any length.</para>
/// </remarks>
/// <example>
/// <code>
/// var csv = "编号,类别,标题,领衔人,主办单位,交办日期,答复日期,办理结果\nJY-1,建议,关于增设公交线路的建议,王伟,市交通运输局,2025-03-10,2025-05-20,A\n"u8;
/// var result = LedgerReader.ReadItems(csv, "台账.csv", new LedgerReadOptions(new LocalDate(2026, 1, 15)));
/// foreach (IProblem problem in result.Errors)
/// {
///     Console.Error.WriteLine(Problem.Format(problem));  // 台账.csv:LINE: COLUMN: reason (value)
/// }
///
/// var report = AnnualReportBuilder.Build(result.Rows, [], new LocalDate(2026, 1, 15));  // 1 suggestion, replied on time
/// </code>
/// </example>
public static class LedgerReader
{
    /// <summary>Reads an items ledger from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="options"/> is null.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(ReadOnlySpan<byte> content, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ReadBytes(content, () => ItemReading(file, options));
    }

    /// <summary>Reads an items ledger from a stream (read to its end; not closed).</summary>
    /// <remarks>The text is parsed as it is read. The encoding is decided on the whole file, so a stream that cannot seek is first copied into memory.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(Stream stream, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ReadStream(stream, () => ItemReading(file, options));
    }

    /// <summary>Reads an items ledger file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItemsFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = OpenFile(path);
        return ReadStream(stream, () => ItemReading(path, options));
    }

    /// <summary>
    /// Reads an items ledger from a stream lazily: the items come one at a time as the rows are read, so that a ledger of
    /// any length is read in the memory of a row. See <see cref="StreamedLedger{T}"/> for the contract: one
    /// enumeration, then the errors, the rows read and <see cref="StreamedLedger{T}.Recorded"/>.
    /// </summary>
    /// <param name="stream">The ledger's bytes, read from its current position when enumerated (not closed). The encoding is
    /// decided on the whole file, so a stream that can seek is read twice (a quick first pass checks the encoding), and one
    /// that cannot seek is first copied into memory.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StreamedLedger<HandledItem> StreamItems(Stream stream, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var reading = ItemReading(file, options);
        return new StreamedLedger<HandledItem>(reading, () => CsvTables(stream, reading));
    }

    /// <summary>
    /// Reads an items ledger file lazily (see <see cref="StreamItems"/>); its path is the file name in errors. The file
    /// is opened when the enumeration starts and closed when it ends or is disposed.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StreamedLedger<HandledItem> StreamItemsFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var reading = ItemReading(path, options);
        return new StreamedLedger<HandledItem>(reading, () =>
        {
            var stream = OpenFile(path);
            try
            {
                var (tables, copy) = CsvTables(stream, reading);
                return (tables, copy ?? stream);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        });
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
        return ReadBytes(content, () => ActivityReading(file, options));
    }

    /// <summary>Reads an activities ledger from a stream (read to its end; not closed).</summary>
    /// <remarks>The text is parsed as it is read. The encoding is decided on the whole file, so a stream that cannot seek is first copied into memory.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivities(Stream stream, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ReadStream(stream, () => ActivityReading(file, options));
    }

    /// <summary>Reads an activities ledger file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivitiesFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = OpenFile(path);
        return ReadStream(stream, () => ActivityReading(path, options));
    }

    /// <summary>
    /// Reads an items ledger given as sheets of records (a workbook: one sheet per entry, labelled <c>FILE[SHEET]</c>),
    /// through the same row rules as a CSV file; the 编号 must be unique across all sheets.
    /// </summary>
    internal static LedgerReadResult<HandledItem> ReadItemSheets(string file, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors, LedgerReadOptions options) =>
        ReadSheets(ItemReading(file, options), sheets, fileErrors);

    /// <summary>Reads an activities ledger given as sheets of records, through the same row rules as a CSV file.</summary>
    internal static LedgerReadResult<LiaisonActivity> ReadActivitySheets(string file, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors, LedgerReadOptions options) =>
        ReadSheets(ActivityReading(file, options), sheets, fileErrors);

    private static LedgerRowReading<HandledItem> ItemReading(string file, LedgerReadOptions options)
    {
        var steps = new ItemRowSteps();
        var reading = new LedgerRowReading<HandledItem>(file, options, ItemColumns.All, steps.Read);
        reading.ReadAheadWith(steps);
        return reading;
    }

    private static LedgerRowReading<LiaisonActivity> ActivityReading(string file, LedgerReadOptions options) =>
        new(file, options, ActivityColumns.All, ActivityRows.Read);

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static LedgerReadResult<T> ReadSheets<T>(LedgerRowReading<T> reading, IReadOnlyList<LedgerSheet> sheets, IReadOnlyList<LedgerError> fileErrors)
        where T : class
    {
        foreach (var error in fileErrors)
        {
            reading.FileError(error);
        }

        return reading.ToResult([.. sheets.Select(s => new LedgerTable(s.Label, () => new ListCursor(s.Records), s.IsLossy))]);
    }

    private static unsafe LedgerReadResult<T> ReadBytes<T>(ReadOnlySpan<byte> content, Func<LedgerRowReading<T>> newReading)
        where T : class
    {
        if (content.IsEmpty)
        {
            using var empty = new MemoryStream([], writable: false);
            return ReadStream(empty, newReading);
        }

        // The bytes are read in place (pinned for the read), not copied.
        fixed (byte* bytes = content)
        {
            using var stream = new UnmanagedMemoryStream(bytes, content.Length);
            return ReadStream(stream, newReading);
        }
    }

    /// <summary>
    /// Reads a whole ledger (not streamed) in one pass where it can: the text is taken for plain UTF-8 and read at once,
    /// and the first decoded character that could say otherwise (U+FFFD, where bytes are not UTF-8, or NUL) stops that
    /// reading, which is then thrown away and done again after the usual first pass over the bytes
    /// (<see cref="LedgerBytes.Detect(Stream)"/>), so the result is the same either way. A file whose first 4 KiB are already
    /// not UTF-8 (a GB18030 file, by its header) goes to that check at once; a UTF-8 file without such a character, the
    /// usual ledger, is not read twice.
    /// </summary>
    private static LedgerReadResult<T> ReadStream<T>(Stream stream, Func<LedgerRowReading<T>> newReading)
        where T : class
    {
        var copy = SeekableCopy(ref stream);

        using (copy)
        {
            var start = stream.Position;
            if (LedgerBytes.TryAssumeUtf8(stream, out var assumed))
            {
                var reading = newReading();
                var source = stream;
                var textStart = start + assumed.BomLength;
                try
                {
                    return reading.ToResult([new LedgerTable(reading.File, () => new CsvRecordStream(() => assumed.Reader(source, textStart, stopUnlessPlainUtf8: true)), IsLossy: false)]);
                }
                catch (NotPlainUtf8Exception)
                {
                    stream.Position = start;
                }
            }

            var checkedReading = newReading();
            var (tables, _) = CsvTables(stream, checkedReading);
            return checkedReading.ToResult(tables);
        }
    }

    /// <summary>
    /// The one table of a CSV ledger, its encoding detected (none, with the error, for a UTF-16 file); and the copy in memory
    /// of a stream that cannot seek, to dispose after reading.
    /// </summary>
    private static (IReadOnlyList<LedgerTable> Tables, IDisposable? Copy) CsvTables<T>(Stream stream, LedgerRowReading<T> reading)
        where T : class
    {
        var copy = SeekableCopy(ref stream);

        var detected = LedgerBytes.Detect(stream);
        if (detected.Encoding == LedgerEncoding.Utf16)
        {
            reading.FileError(new LedgerError(reading.File, 1, "(file)", string.Empty, "a UTF-16 file (byte order mark FF FE or FE FF); save the ledger as UTF-8 or GB18030", LedgerErrorKind.BadEncoding));
            return ([], copy);
        }

        var start = stream.Position;
        return ([new LedgerTable(reading.File, () => new CsvRecordStream(() => detected.Reader(stream, start)), detected.IsLossy)], copy);
    }

    /// <summary>A stream that cannot seek is read into memory and replaced by that copy (returned, to dispose after reading); null otherwise.</summary>
    private static MemoryStream? SeekableCopy(ref Stream stream)
    {
        if (stream.CanSeek)
        {
            return null;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        stream = copy;
        return copy;
    }
}
