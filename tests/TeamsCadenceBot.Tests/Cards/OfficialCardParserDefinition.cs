namespace TeamsCadenceBot.Tests.Cards;

/// <summary>Test classes marked <c>[Collection(OfficialCardParser.Collection)]</c> share one parser process.</summary>
[CollectionDefinition(OfficialCardParser.Collection)]
public sealed class OfficialCardParserDefinition : ICollectionFixture<OfficialCardParser>;
