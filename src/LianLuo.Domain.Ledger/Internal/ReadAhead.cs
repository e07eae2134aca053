using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The two steps of reading a row when the reading runs ahead (<see cref="LedgerReadOptions.ReadAhead"/>): the first on the
/// reading thread, the second on the thread that enumerates the rows.
/// </summary>
/// <typeparam name="T">The row's model.</typeparam>
/// <typeparam name="TPrepared">What the first step hands to the second.</typeparam>
internal interface IRowSteps<T, TPrepared>
    where T : class
    where TPrepared : class
{
    /// <summary>The first step: reads and checks the row's cells (its errors go on the row); null when the row has errors.</summary>
    TPrepared? Prepare(RowReader row);

    /// <summary>The second step: the row's model, or null with the one error that refuses it.</summary>
    /// <param name="prepared">What the first step made of the row.</param>
    /// <param name="line">The row's line.</param>
    /// <param name="error">The row's error when it is refused.</param>
    T? Finish(TPrepared prepared, int line, out LedgerError? error);
}

/// <summary>
/// Runs an enumeration on a thread of its own and hands its entries over in batches, in order, through a bounded queue (at
/// most <see cref="Capacity"/> batches of <see cref="BatchSize"/> entries wait), so that the consumer works beside it. The
/// first entry comes alone, at once (a reading's header marker). An exception of the enumeration is thrown by
/// <see cref="TryTake"/> as it was thrown, after the entries before it. <see cref="Dispose"/> stops the enumeration and
/// waits for its thread to end (which disposes the enumerator there). One consumer.
/// </summary>
/// <typeparam name="TEntry">An entry.</typeparam>
internal sealed class ReadAhead<TEntry> : IDisposable
{
    internal const int BatchSize = 256;
    internal const int Capacity = 4;

    private readonly BlockingCollection<(TEntry[] Batch, int Count)> full = new(boundedCapacity: Capacity);
    private readonly ConcurrentQueue<TEntry[]> spare = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task producing;
    private ExceptionDispatchInfo? failure;
    private bool disposed;

    public ReadAhead(IEnumerable<TEntry> source) =>
        producing = Task.Factory.StartNew(() => Produce(source), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The next batch (its first <paramref name="count"/> entries); false after the last, once the thread has ended.</summary>
    public bool TryTake(out TEntry[] batch, out int count)
    {
        if (full.TryTake(out var next, Timeout.Infinite))
        {
            (batch, count) = next;
            return true;
        }

        // Every batch is taken and the thread is done: its failure, if any, is the consumer's now.
        producing.Wait();
        failure?.Throw();
        batch = [];
        count = 0;
        return false;
    }

    /// <summary>Gives a batch back once its entries are used, for the thread to fill again.</summary>
    public void Return(TEntry[] batch)
    {
        if (batch.Length == BatchSize)
        {
            Array.Clear(batch);
            spare.Enqueue(batch);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stop.Cancel();
        producing.Wait();
        full.Dispose();
        stop.Dispose();
    }

    private void Produce(IEnumerable<TEntry> source)
    {
        try
        {
            using var entries = source.GetEnumerator();
            var batch = new TEntry[1];
            var count = 0;
            while (entries.MoveNext())
            {
                batch[count++] = entries.Current;
                if (count == batch.Length)
                {
                    full.Add((batch, count), stop.Token);
                    batch = spare.TryDequeue(out var reused) ? reused : new TEntry[BatchSize];
                    count = 0;
                }
            }

            if (count > 0)
            {
                full.Add((batch, count), stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped early and disposed the reading.
        }
        catch (Exception ex)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            full.CompleteAdding();
        }
    }
}
