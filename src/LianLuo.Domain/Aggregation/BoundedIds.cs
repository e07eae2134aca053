using LianLuo.Domain.Model;

namespace LianLuo.Domain.Aggregation;

/// <summary>
/// The items behind a finding, counted in full but listed only up to a cap: the <c>cap</c> smallest ids (ordinal) are
/// kept in a max-heap, so memory stays bounded whatever the number of items, and the list kept is exactly the first
/// <c>cap</c> of the sorted full list. Not thread-safe.
/// </summary>
internal sealed class BoundedIds(int cap)
{
    private static readonly IComparer<ItemId> Descending = Comparer<ItemId>.Create((x, y) => y.CompareTo(x));

    private readonly PriorityQueue<ItemId, ItemId> largestFirst = new(Descending);

    /// <summary>How many items are behind the finding (listed or not).</summary>
    public long Count { get; private set; }

    /// <summary>Counts an item and lists it if it is among the smallest <c>cap</c>.</summary>
    public void Add(ItemId id)
    {
        Count++;
        Offer(id);
    }

    /// <summary>Counts items that are not listed (from a tally, which carries no ids).</summary>
    public void AddUnlisted(long count) => Count = checked(Count + count);

    /// <summary>Adds another list's items (other items).</summary>
    public void Merge(BoundedIds other)
    {
        Count = checked(Count + other.Count);
        foreach (var (id, _) in other.largestFirst.UnorderedItems)
        {
            Offer(id);
        }
    }

    /// <summary>The listed ids in order, and how many were left out.</summary>
    public (EquatableArray<ItemId> Listed, int Omitted) ToList()
    {
        var listed = new ItemId[largestFirst.Count];
        var i = 0;
        foreach (var (id, _) in largestFirst.UnorderedItems)
        {
            listed[i++] = id;
        }

        Array.Sort(listed);
        return (new EquatableArray<ItemId>(listed), checked((int)(Count - listed.Length)));
    }

    private void Offer(ItemId id)
    {
        if (largestFirst.Count < cap)
        {
            largestFirst.Enqueue(id, id);
        }
        else if (id.CompareTo(largestFirst.Peek()) < 0)
        {
            largestFirst.DequeueEnqueue(id, id);
        }
    }
}
