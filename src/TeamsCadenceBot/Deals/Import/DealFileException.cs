namespace TeamsCadenceBot.Deals.Import;

/// <summary>A deal file that cannot be read at all (or past some line): its message says why, for the report.</summary>
internal sealed class DealFileException : Exception
{
    public DealFileException()
    {
    }

    public DealFileException(string message)
        : base(message)
    {
    }

    public DealFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
