namespace TeamsCadenceBot.OneOnOnes;

/// <summary>How often a pair meets.</summary>
internal enum OneOnOneFrequency
{
    Weekly,
    Biweekly,
}
