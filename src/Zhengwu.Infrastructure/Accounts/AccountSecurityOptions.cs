namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Account security settings from the "Zhengwu:Security" section, with the values MLPS assessors expect.</summary>
public sealed class AccountSecurityOptions
{
    public const string SectionName = "Zhengwu:Security";

    /// <summary>Days before a staff password must be changed; at most 90 by default policy.</summary>
    public int PasswordMaxAgeDays { get; set; } = 90;

    /// <summary>How many former passwords a new staff password may not repeat.</summary>
    public int PasswordHistoryCount { get; set; } = 5;

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 30;

    /// <summary>A staff session ends after this many minutes without a request.</summary>
    public int IdleTimeoutMinutes { get; set; } = 20;

    /// <summary>A staff session ends this many hours after sign-in, however active.</summary>
    public int AbsoluteSessionHours { get; set; } = 8;

    /// <summary>Returns a description of each invalid value, naming its key; empty when every value is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(problems, nameof(PasswordMaxAgeDays), PasswordMaxAgeDays, 1, 90);
        Check(problems, nameof(PasswordHistoryCount), PasswordHistoryCount, 5, 24);
        Check(problems, nameof(MaxFailedAttempts), MaxFailedAttempts, 3, 10);
        Check(problems, nameof(LockoutMinutes), LockoutMinutes, 30, 1440);
        Check(problems, nameof(IdleTimeoutMinutes), IdleTimeoutMinutes, 5, 30);
        Check(problems, nameof(AbsoluteSessionHours), AbsoluteSessionHours, 1, 12);

        return problems;
    }

    private static void Check(List<string> problems, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add($"{SectionName}:{key} is {value}; it must be between {min} and {max}.");
        }
    }
}
