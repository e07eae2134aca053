using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace LianLuo.Domain.Internal;

/// <summary>Argument checks that throw the standard exceptions with the field, the value and the rule.</summary>
internal static class Preconditions
{
    /// <summary>
    /// The words of an argument exception our model threw, without what the framework appends to them (the
    /// " (Parameter 'x')" suffix and the "Actual value was …" line), for readers that report it as a problem of the input.
    /// </summary>
    internal static string WordsOf(ArgumentException ex)
    {
        var message = ex.Message;

        // The framework writes "<ours> (Parameter 'x')", then for an out-of-range value a line "Actual value was …". Our words
        // may hold line breaks themselves (a value shown in them), so cut at the parameter's text, not at the first line break.
        if (ex.ParamName is { Length: > 0 } name)
        {
            var parameter = message.LastIndexOf(" (Parameter '" + name + "')", StringComparison.Ordinal);
            return parameter >= 0 ? message[..parameter] : message;
        }

        if (ex is ArgumentOutOfRangeException { ActualValue: not null })
        {
            var actual = message.LastIndexOf(Environment.NewLine, StringComparison.Ordinal);
            return actual >= 0 ? message[..actual] : message;
        }

        return message;
    }

    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    internal static string CheckText(string? value, string field, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"{field} must not be empty or white space (value: \"{value}\").", paramName);
        }

        return trimmed;
    }

    internal static string? CheckOptionalText(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    internal static long CheckNonNegative(long value, string field, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} must be zero or more (value: {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }

    internal static int CheckNonNegative(int value, string field, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} must be zero or more (value: {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }

    internal static int CheckPositive(int value, string field, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} must be positive (value: {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, string field, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        // An int enum whose values run without a gap is checked by its bounds (events are made per ledger row); any other by Enum.IsDefined.
        var defined = DefinedRange<TEnum>.IsContiguousInt
            ? Unsafe.As<TEnum, int>(ref value) is var number && number >= DefinedRange<TEnum>.Min && number <= DefinedRange<TEnum>.Max
            : Enum.IsDefined(value);
        if (!defined)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} has no such value ({value}).");
        }

        return value;
    }

    /// <summary>The defined values of an enum, when its underlying type is <see cref="int"/> and they run from Min to Max without a gap.</summary>
    private static class DefinedRange<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly bool IsContiguousInt;
        internal static readonly int Min;
        internal static readonly int Max;

#pragma warning disable CA1810 // The three values come from one look at the enum's values.
        static DefinedRange()
#pragma warning restore CA1810
        {
            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            {
                return;
            }

            var values = Enum.GetValuesAsUnderlyingType<TEnum>().Cast<int>().Distinct().Order().ToArray();
            if (values.Length > 0 && (long)values[^1] - values[0] == values.Length - 1)
            {
                Min = values[0];
                Max = values[^1];
                IsContiguousInt = true;
            }
        }
    }
}
