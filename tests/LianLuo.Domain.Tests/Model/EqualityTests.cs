using System.Collections.Immutable;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Tests.Model.Samples;

namespace LianLuo.Domain.Tests.Model;

/// <summary>The equality contract: records holding collections compare by value, and equal values have equal hash codes.</summary>
public class EqualityTests
{
    [Fact]
    public void Submission_WithEqualCoSignersInDistinctCollections_IsEqual()
    {
        var a = Suggestion();
        var b = Suggestion();

        AssertEqualValues(a, b);
        AssertEqualValues(a, a with { });
        AssertEqualValues(a, new Submission(a.Id, a.Kind, a.Title, a.Year, a.LeadProposer, new List<Proposer> { new Deputy("王五", "城关代表团") }, a.Topic, a.IsKey, a.Session));
    }

    [Fact]
    public void Submission_DifferingInOneField_IsNotEqual()
    {
        var a = Suggestion();

        Assert.NotEqual(a, new Submission(a.Id, a.Kind, a.Title, a.Year, a.LeadProposer, [new Deputy("王五", "其他代表团")], a.Topic, a.IsKey, a.Session));
        Assert.NotEqual(a, new Submission(a.Id, a.Kind, a.Title, a.Year, a.LeadProposer, [], a.Topic, a.IsKey, a.Session));
        Assert.NotEqual(a, new Submission(new ItemId("J2024-018"), a.Kind, a.Title, a.Year, a.LeadProposer, a.CoSigners, a.Topic, a.IsKey, a.Session));
        Assert.NotEqual(a, new Submission(a.Id, a.Kind, a.Title, a.Year, a.LeadProposer, a.CoSigners, a.Topic, isKey: false, a.Session));
    }

    [Fact]
    public void Proposers_OfDifferentKindsWithTheSameName_AreNotEqual()
    {
        AssertEqualValues<Proposer>(new Deputy("张三", "城关代表团"), new Deputy("张三", "城关代表团"));
        Assert.NotEqual<Proposer>(new Deputy("张三"), new Member("张三"));
        Assert.NotEqual<Proposer>(new Deputy("张三", "城关代表团"), new Deputy("张三", "西城代表团"));
        Assert.NotEqual<Proposer>(new GroupProposer("民盟市委", GroupKind.DemocraticParty), new GroupProposer("民盟市委", GroupKind.Sector));
    }

    [Fact]
    public void Values_CompareByContent()
    {
        AssertEqualValues(new ItemId("J1"), new ItemId(" J1 "));
        AssertEqualValues(new HandlingUnit("市教育局"), new HandlingUnit("市教育局 "));
        AssertEqualValues(new ResultCategory("B"), ResultCategory.B);
        Assert.NotEqual(new HandlingUnit("市教育局"), new HandlingUnit("市教育厅"));
        Assert.NotEqual(ResultCategory.A, new ResultCategory("a"));
    }

    [Fact]
    public void Assigned_WithEqualAssignments_IsEqual()
    {
        AssertEqualValues(LeadWithCoHandling(), LeadWithCoHandling());
        AssertEqualValues(Separate(), Separate());
        Assert.NotEqual(LeadWithCoHandling(), LeadWithCoHandling(1));
        Assert.NotEqual(
            new Assigned(AssignedOn, [Assignment.Lead("市教育局"), Assignment.CoHandling("市公安局")]),
            new Assigned(AssignedOn, [Assignment.CoHandling("市公安局"), Assignment.Lead("市教育局")]));
        Assert.NotEqual(
            new Assigned(AssignedOn, [Assignment.Lead("市教育局")]),
            new Assigned(AssignedOn, [Assignment.Lead("市教育局")], isComplex: true));
    }

    [Fact]
    public void Events_CompareByTypeAndFields()
    {
        var date = AssignedOn;
        AssertEqualValues<HandlingEvent>(new Replied(date, ResultCategory.B, null, date.PlusDays(90)), new Replied(date, ResultCategory.B, null, date.PlusDays(90)));
        Assert.NotEqual<HandlingEvent>(new Replied(date, ResultCategory.B, null, date.PlusDays(90)), new Replied(date, ResultCategory.B, null, date.PlusDays(91)));
        Assert.NotEqual<HandlingEvent>(new Replied(date, ResultCategory.A), new Replied(date, ResultCategory.A, Education));
        AssertEqualValues<HandlingEvent>(new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Visit, 2), new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Visit, 2));
        Assert.NotEqual<HandlingEvent>(new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Visit, 2), new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Visit, 3));
        AssertEqualValues<HandlingEvent>(new FeedbackReceived(date, null), new FeedbackReceived(date, null));
        Assert.NotEqual<HandlingEvent>(new Closed(date), new RehandlingStarted(date));
        Assert.NotEqual<HandlingEvent>(new Closed(date), new Closed(date.PlusDays(1)));
        AssertEqualValues<HandlingEvent>(new Received(date, new HandlingUnit("市教育局")), new Received(date, Education));
    }

    [Fact]
    public void ItemState_FoldedTwice_IsEqualWithEqualHash()
    {
        var a = Fold(LeadWithCoHandling(), new Replied(Day(30), ResultCategory.A), new FeedbackReceived(Day(40), SatisfactionLevel.Unsatisfied), new RehandlingStarted(Day(41)));
        var b = Fold(LeadWithCoHandling(), new Replied(Day(30), ResultCategory.A), new FeedbackReceived(Day(40), SatisfactionLevel.Unsatisfied), new RehandlingStarted(Day(41)));

        AssertEqualValues(a, b);
        AssertEqualValues(a.Rounds[0], b.Rounds[0]);
        Assert.NotEqual(a, Fold(LeadWithCoHandling(), new Replied(Day(30), ResultCategory.A), new FeedbackReceived(Day(40), SatisfactionLevel.Unsatisfied)));
    }

    [Fact]
    public void HandlingRound_ComparesRepliesByValue()
    {
        var replies = new EquatableArray<Replied>([new Replied(AssignedOn, ResultCategory.A)]);
        var a = new HandlingRound(1, AssignedOn, replies, AssignedOn, ResultCategory.A, null);
        var b = new HandlingRound(1, AssignedOn, new EquatableArray<Replied>(new List<Replied> { new(AssignedOn, ResultCategory.A) }), AssignedOn, ResultCategory.A, null);

        AssertEqualValues(a, b);
        Assert.NotEqual(a, b with { Replies = EquatableArray<Replied>.Empty });
        Assert.True(a.IsReplied);
        Assert.False((a with { RepliedOn = null }).IsReplied);
    }

    [Fact]
    public void HandledItem_IsEqualWhenSubmissionAndHistoryAre()
    {
        HandlingEvent[] history = [LeadWithCoHandling(), new Replied(Day(30), ResultCategory.A)];
        var a = new HandledItem(Suggestion(), history);
        var b = new HandledItem(Suggestion(), [LeadWithCoHandling(), new Replied(Day(30), ResultCategory.A)]);

        AssertEqualValues(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.False(a.Equals(null));
        Assert.NotEqual(a, new HandledItem(Suggestion(), [LeadWithCoHandling()]));
        AssertEqualValues(a, new HandledItem(Suggestion() with { }, history));
        Assert.NotEqual(a, a.Append(new FeedbackReceived(Day(40), null)));
    }

    [Fact]
    public void LiaisonYear_ComparesItemsAndActivitiesByValue()
    {
        static LiaisonYear Make(int members) => new(
            2024,
            [new HandledItem(Suggestion(), [LeadWithCoHandling()])],
            [new LiaisonActivity(new LocalDate(2024, 6, 1), ActivityType.Symposium, "座谈", 1, members)]);

        AssertEqualValues(Make(12), Make(12));
        Assert.NotEqual(Make(12), Make(13));
    }

    [Fact]
    public void LifecycleViolation_ComparesByValue()
    {
        var a = new LifecycleViolation(LifecycleRule.AlreadyClosed, 3, new Closed(Day(1)), "m");
        AssertEqualValues(a, new LifecycleViolation(LifecycleRule.AlreadyClosed, 3, new Closed(Day(1)), "m"));
        Assert.NotEqual(a, a with { EventIndex = 4 });
    }

    [Fact]
    public void EquatableArray_ComparesElementWise()
    {
        var a = new EquatableArray<string>(["建议", "提案"]);
        var b = new EquatableArray<string>(new List<string> { "建议", "提案" });

        AssertEqualValues(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"建议"));
        Assert.NotEqual(a, new EquatableArray<string>(["提案", "建议"]));
        Assert.NotEqual(a, new EquatableArray<string>(["建议"]));
        Assert.True(a != new EquatableArray<string>(["建议"]));
    }

    [Fact]
    public void EquatableArray_CollectionExpression_KeepsEveryElement()
    {
        EquatableArray<string> kinds = ["建议", "提案", "议案"];
        EquatableArray<int> none = [];

        Assert.Equal(3, kinds.Count);
        Assert.Equal("议案", kinds[2]);
        Assert.Equal(new EquatableArray<string>(new[] { "建议", "提案", "议案" }), kinds);
        Assert.True(none.IsEmpty);
        Assert.Equal(EquatableArray.Create<int>([4, 5]), new EquatableArray<int>(new[] { 4, 5 }));
    }

    [Fact]
    public void EquatableArray_DefaultIsEmpty()
    {
        var defaulted = default(EquatableArray<int>);

        AssertEqualValues(defaulted, EquatableArray<int>.Empty);
        AssertEqualValues(defaulted, new EquatableArray<int>(default(ImmutableArray<int>)));
        Assert.True(defaulted.IsEmpty);
        Assert.Empty(defaulted);
        Assert.True(defaulted.Count == 0);
        Assert.Empty(defaulted.AsImmutableArray());
        Assert.Equal("[]", defaulted.ToString());
        Assert.Equal([7], defaulted.Add(7));
    }

    [Fact]
    public void EquatableArray_ListMembers_Work()
    {
        EquatableArray<int> array = ImmutableArray.Create(3, 1, 2);

        Assert.Equal(3, array.Count);
        Assert.Equal(1, array[1]);
        Assert.Equal([3, 1, 2, 5], array.Add(5));
        Assert.Equal([3, 1, 2], array);
        Assert.Equal("[3, 1, 2]", array.ToString());
        Assert.Equal(array, EquatableArray<int>.FromImmutableArray([3, 1, 2]));
        Assert.Equal(6, ((IEnumerable<int>)array).Sum());
        Assert.Throws<ArgumentNullException>(() => new EquatableArray<int>((IEnumerable<int>)null!));
        Assert.Throws<IndexOutOfRangeException>(() => array[3]);
    }

    private static void AssertEqualValues<T>(T a, T b)
        where T : notnull
    {
        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(a, b), "the test needs two distinct objects");
        }

        Assert.Equal(a, b);
        Assert.True(a.Equals(b));
        Assert.True(EqualityComparer<T>.Default.Equals(a, b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
