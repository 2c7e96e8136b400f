namespace TeamsCadenceBot.Tests.Builders;

// A person as Teams identifies them, with the personal chat Teams gives them with the bot.
public sealed record TeamsUser(string Id, string AadObjectId, string Name, string PersonalConversationId)
{
    public static TeamsUser Alice { get; } = new(
        "29:1Hq3XnVbq2dTq8Bd0CkvZ9yG7sJ4mN5pR6tU8wY0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3",
        "6c2d9f4e-8a1b-4c3d-9e5f-7a8b9c0d1e2f",
        "Alice Rivera",
        "a:1Gx7mQ2pR4sT6vW8yZ0bC2dE4fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hJ2kL4mN6pQ8rS0t");

    public static TeamsUser Bob { get; } = new(
        "29:1Kp8WzT3mR5vX7bN9dF1hJ3lP5rT7vX9zB1dF3hJ5lN7pR9tV1xZ3bD5fH7jL9nP1rT3vX5zB7dF9hJ1",
        "0b7e3c5a-2d4f-4e6a-8c1b-3d5f7a9b1c3e",
        "Bob Chen",
        "a:1Rt5YbN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0c");

    public static TeamsUser Carol { get; } = new(
        "29:1Mn4QwE7rT0yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9m",
        "9f1a2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b4c",
        "Carol Okafor",
        "a:1Zx2Cv5Bn8Mq1We4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx1Cv4Bn7Mq0We3Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx0");
}
