using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// The fingerprint a tally carries of its items: each item's 128-bit FNV-1a hash of <c>id U+001F title</c> in UTF-8, summed
/// modulo 2^128, and the bottom-k sketch of the hashes that catches overlapping ledgers.
/// </summary>
/// <remarks>
/// The expected hashes were computed outside .NET, by a ten-line Python FNV-1a over the same bytes with the published
/// 128-bit offset basis and prime; that script gives the published test vector FNV-1a-128("a") =
/// d228cb696f1a8caf78912b704e4a8964.
/// </remarks>
public sealed class ItemFingerprintTests
{
    private const string LongTitle = "交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通"
        + "交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通"
        + "交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通"
        + "交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通"
        + "交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通交通";

    private static UInt128 Hex(string text) => UInt128.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("JY2025-001", "关于加强校园周边交通安全管理的建议", "374dcb5d07c823586de286334f7dab07")]
    [InlineData("A", "", "088094f670ab1be95aa073305586b739")]
    public void Hash_IsFnv1a128OfIdSeparatorTitle(string id, string title, string expected) =>
        Assert.Equal(Hex(expected), ItemFingerprint.Hash(new ItemId(id), title));

    [Fact]
    public void Hash_OfATitleOverTheStackBuffer_IsTheSame()
    {
        // 300 characters, 900 UTF-8 bytes: more than the 512 bytes hashed on the stack.
        Assert.Equal(300, LongTitle.Length);
        Assert.Equal(Hex("982beb12f5f9aafbe6dee2c9bc63fe01"), ItemFingerprint.Hash(new ItemId("TA2025-097"), LongTitle));
        Assert.Throws<ArgumentNullException>(() => ItemFingerprint.Hash(new ItemId("A"), null!));
    }

    [Fact]
    public void AddAndMerge_CountTheItems_AndSumTheHashesModulo2To128()
    {
        var two = ItemFingerprint.Empty.Add(new ItemId("JY2025-001"), "关于加强校园周边交通安全管理的建议").Add(new ItemId("A"), "");
        Assert.Equal(2, two.Count);
        Assert.Equal("3fce605378733f41c882f963a5046240", two.SumText);

        // The three hashes add up past 2^128: the sum wraps, as the document's 32 hex digits need.
        var three = two.Merge(ItemFingerprint.Empty.Add(new ItemId("TA2025-097"), LongTitle));
        Assert.Equal(new ItemFingerprint(3, Hex("d7fa4b666e6cea3daf61dc2d61686041")), three);
        Assert.Equal("3:d7fa4b666e6cea3daf61dc2d61686041", three.ToString());
        Assert.Equal(three, ItemFingerprint.Empty.Add(new ItemId("TA2025-097"), LongTitle).Merge(two));
    }

    [Theory]
    [InlineData("00000000000000000000000000000000", true)]
    [InlineData("d7fa4b666e6cea3daf61dc2d61686041", true)]
    [InlineData("D7FA4B666E6CEA3DAF61DC2D61686041", true)]
    [InlineData("d7fa4b666e6cea3daf61dc2d6168604", false)] // 31 digits
    [InlineData("d7fa4b666e6cea3daf61dc2d616860410", false)] // 33 digits
    [InlineData("g7fa4b666e6cea3daf61dc2d61686041", false)]
    [InlineData(null, false)]
    public void TryParseSum_TakesExactly32HexDigits(string? text, bool parses)
    {
        Assert.Equal(parses, ItemFingerprint.TryParseSum(text, out var sum));
        Assert.Equal(parses ? Hex(text!) : UInt128.Zero, sum);
    }

    [Property(MaxTest = 200)]
    public void SumText_RoundTrips(ulong upper, ulong lower)
    {
        var fingerprint = new ItemFingerprint(1, new UInt128(upper, lower));
        Assert.Equal(32, fingerprint.SumText.Length);
        Assert.True(ItemFingerprint.TryParseSum(fingerprint.SumText, out var back));
        Assert.Equal(fingerprint.Sum, back);
    }

    // Up to 120 hashes drawn from 150 values (so repeats come), more than the sketch keeps: the full sketch's path runs
    // even under the mutation runs' smaller FsCheck budget, whose generated arrays stay short.
    [Property(MaxTest = 200)]
    public Property Sketch_KeepsThe32SmallestDistinctHashes_Ascending() =>
        Prop.ForAll(
            Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 149), n)).ToArbitrary(),
            values =>
            {
                var hashes = values.Select(v => new UInt128((ulong)(v % 7), (ulong)v * 2654435761UL)).ToArray();
                var sketch = new IdSketch();
                foreach (var hash in hashes)
                {
                    sketch.Add(hash);
                }

                return sketch.Hashes.SequenceEqual(hashes.Distinct().Order().Take(IdSketch.Size));
            });

    [Property(MaxTest = 200)]
    public Property Sketches_Overlap_ExactlyWhenTheyShareAHash() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 60)).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(0, 60)).ToArbitrary(),
            (left, right) =>
            {
                var l = left.Select(i => (UInt128)(uint)i).ToArray();
                var r = right.Select(i => (UInt128)(uint)i).ToArray();
                return IdSketch.Overlap(l, r) == l.Intersect(r).Any();
            });

    [Fact]
    public void Overlap_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => IdSketch.Overlap(null!, []));
        Assert.Throws<ArgumentNullException>(() => IdSketch.Overlap([], null!));
    }
}
