namespace TeamsCadenceBot.Tests.OneOnOnes;

// The 1:1 flow tests each drive a whole bot on the shared Azurite; run one class at a time so that together they do
// not crowd out the other tests' storage calls.
[CollectionDefinition(Name)]
public sealed class OneOnOneFlows
{
    public const string Name = "1:1 flows";
}
