using System.Globalization;

namespace LianLuo.SampleCity;

/// <summary>
/// <c>dotnet run --project samples/LianLuo.SampleCity -- --seed 2025 --size 300 --out DIR</c>: writes the sample
/// city's <c>items.csv</c> and <c>activities.csv</c> into DIR.
/// </summary>
public static class Program
{
    /// <summary>Entry point: 0 on success, 2 on bad arguments.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seed = 2025;
        var size = 300;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                case "--size" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size >= 10:
                    i++;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    output = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"sample-city: bad argument '{args[i]}'. Usage: --seed N --size N (≥ 10) --out DIR");
                    return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("sample-city: --out DIR is required. Usage: --seed N --size N (≥ 10) --out DIR");
            return 2;
        }

        var city = new SampleCityGenerator(seed, size).Generate();
        city.WriteTo(output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{city.Items.Count} items and {city.Activities.Count} activities of {city.Year}, valid as of {city.AsOf:uuuu-MM-dd}, written to {output}"));
        return 0;
    }
}
