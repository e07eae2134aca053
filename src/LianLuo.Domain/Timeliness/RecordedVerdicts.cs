using LianLuo.Domain.Model;
using NodaTime.Text;

namespace LianLuo.Domain.Timeliness;

/// <summary>
/// Reply verdicts recorded when the replies were given (with the calendar version used), looked up by item and, under 分办,
/// by unit. The report and the assessment use a recorded verdict in place of recomputing it, so a later calendar or
/// policy never rewrites a closed item's history. Immutable and thread-safe.
/// </summary>
public sealed class RecordedVerdicts
{
    private readonly Dictionary<(ItemId Id, string? Unit), ReplyVerdict> byKey;

    /// <summary>Collects verdicts; each must name its item, and an item (or a unit of it) has at most one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="verdicts"/> or a verdict is null.</exception>
    /// <exception cref="ArgumentException">A verdict names no item, or two name the same item and unit.</exception>
    public RecordedVerdicts(IEnumerable<ReplyVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        byKey = [];
        foreach (var verdict in verdicts)
        {
            ArgumentNullException.ThrowIfNull(verdict, nameof(verdicts));
            if (verdict.ItemId is not { } id)
            {
                throw new ArgumentException($"A recorded verdict must name its item (编号); the verdict of the reply on {LocalDatePattern.Iso.Format(verdict.RepliedOn)} names none.", nameof(verdicts));
            }

            if (!byKey.TryAdd((id, verdict.Unit?.Name), verdict))
            {
                throw new ArgumentException($"Item {id}{(verdict.Unit is { } u ? " unit " + u.Name : string.Empty)} has more than one recorded verdict.", nameof(verdicts));
            }
        }
    }

    /// <summary>No recorded verdict.</summary>
    public static RecordedVerdicts None { get; } = new([]);

    /// <summary>How many verdicts are recorded.</summary>
    public int Count => byKey.Count;

    /// <summary>The verdict recorded for an item (unit null) or for one 分办 unit's part, or null.</summary>
    public ReplyVerdict? Find(ItemId id, HandlingUnit? unit = null) => byKey.GetValueOrDefault((id, unit?.Name));
}
