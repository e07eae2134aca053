namespace LianLuo.Domain.Numbers;

/// <summary>
/// The upper tail of the standard normal distribution and its inverse, in double precision, for the Wilson interval.
/// The tail comes from the complementary error function: a series without cancellation below x = 3 and a continued
/// fraction above; the quantile is found by bisection, which is slow but cannot fail. Stateless and thread-safe.
/// </summary>
internal static class StandardNormal
{
    private const double InverseSqrtPi = 0.56418958354775628695;
    private const double Sqrt2 = 1.41421356237309504880;

    /// <summary>Q(z) = P(Z &gt; z).</summary>
    internal static double UpperTail(double z) => z < 0 ? 1 - (0.5 * Erfc(-z / Sqrt2)) : 0.5 * Erfc(z / Sqrt2);

    /// <summary>The z &gt; 0 with Q(z) = <paramref name="tail"/>, for 0 &lt; tail &lt; 0.5.</summary>
    internal static double UpperQuantile(double tail)
    {
        if (!(tail > 0 && tail < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(tail), tail, "The upper tail probability must lie strictly between 0 and 0.5.");
        }

        // Q is decreasing; Q(0) = 0.5 and Q(40) underflows far below any positive double tail given here.
        double low = 0, high = 40;
        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = 0.5 * (low + high);
            if (UpperTail(middle) > tail)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    /// <summary>erfc(x) for x ≥ 0.</summary>
    internal static double Erfc(double x)
    {
        if (x < 3)
        {
            // erf(x) = 2/√π · e^(−x²) · Σ (2x²)^n · x / (1·3·…·(2n+1)); every term is positive.
            var term = x;
            var sum = x;
            var twoXSquared = 2 * x * x;
            for (var n = 1; n < 500 && term > 1e-17 * sum; n++)
            {
                term *= twoXSquared / ((2 * n) + 1);
                sum += term;
            }

            return 1 - (2 * InverseSqrtPi * Math.Exp(-x * x) * sum);
        }

        // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated by the modified Lentz method.
        const double Tiny = 1e-300;
        var f = x;
        var c = x;
        var d = 0.0;
        for (var k = 1; k < 500; k++)
        {
            var a = k / 2.0;
            d = x + (a * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = x + (a / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return InverseSqrtPi * Math.Exp(-x * x) / f;
    }
}
