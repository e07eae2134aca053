namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// A <see cref="TextReader"/> whose one real read is <see cref="Read(Span{char})"/>: the array, block and single-character
/// reads are all answered through it, so a reader over decoded ledger text writes only that method (and
/// <see cref="TextReader.Peek"/> when it can).
/// </summary>
internal abstract class SpanTextReader : TextReader
{
    /// <summary>Reads up to <c>buffer.Length</c> characters; 0 at the end of the text.</summary>
    public abstract override int Read(Span<char> buffer);

    /// <inheritdoc/>
    public sealed override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public sealed override int ReadBlock(Span<char> buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = Read(buffer[total..])) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <inheritdoc/>
    public sealed override int ReadBlock(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return ReadBlock(buffer.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public sealed override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }
}
