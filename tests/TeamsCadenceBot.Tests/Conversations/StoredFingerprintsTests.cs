using TeamsCadenceBot.Conversations;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class StoredFingerprintsTests
{
    [Fact]
    public void Contains_SameFingerprint_True_OtherFingerprint_False()
    {
        var sut = new StoredFingerprints(capacity: 3);

        sut.Set("alice", "v1");

        Assert.True(sut.Contains("alice", "v1"));
        Assert.False(sut.Contains("alice", "v2"));
        Assert.False(sut.Contains("bob", "v1"));
    }

    [Fact]
    public void Set_BeyondCapacity_ForgetsTheOldestAndStaysBounded()
    {
        var sut = new StoredFingerprints(capacity: 3);

        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            sut.Set(key, "v");
        }

        Assert.Equal(3, sut.Count);
        Assert.False(sut.Contains("a", "v"));
        Assert.True(sut.Contains("d", "v"));
    }

    [Fact]
    public void Remove_Known_NoLongerContainedAndTakesNoExtraPlace()
    {
        var sut = new StoredFingerprints(capacity: 2);
        sut.Set("a", "v");

        sut.Remove("a");
        sut.Set("a", "v");
        sut.Set("b", "v");

        Assert.True(sut.Contains("a", "v"));
        Assert.True(sut.Contains("b", "v"));
    }

    [Fact]
    public void Remove_Known_ContainsFalse()
    {
        var sut = new StoredFingerprints(capacity: 2);
        sut.Set("a", "v");

        sut.Remove("a");

        Assert.False(sut.Contains("a", "v"));
    }
}
