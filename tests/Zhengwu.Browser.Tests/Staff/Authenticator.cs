using System.Globalization;
using OtpNet;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>
/// An authenticator app for one key. The portal accepts each 30-second time step once per account, so
/// <see cref="NextCodeAsync"/> waits for a new step instead of returning a code of a step already used.
/// </summary>
public sealed class Authenticator(string key)
{
    private const int StepSeconds = 30;

    private readonly Totp _totp = new(Base32Encoding.ToBytes(key));
    private long _lastStep = -1;

    /// <summary>Returns the code of the current time step, after waiting for a step that has not been used.</summary>
    public async Task<string> NextCodeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var step = now.ToUnixTimeSeconds() / StepSeconds;
        if (step <= _lastStep)
        {
            // Task.Delay may return slightly early, so the wait runs a quarter second into the next step.
            var nextStepStart = DateTimeOffset.FromUnixTimeSeconds((_lastStep + 1) * StepSeconds);
            await Task.Delay(nextStepStart - now + TimeSpan.FromMilliseconds(250));
            now = DateTimeOffset.UtcNow;
            step = now.ToUnixTimeSeconds() / StepSeconds;
        }

        _lastStep = step;

        return _totp.ComputeTotp(now.UtcDateTime);
    }

    /// <summary>Returns a six-digit code that differs from the code of the current time step.</summary>
    public string WrongCode()
    {
        var code = int.Parse(_totp.ComputeTotp(DateTime.UtcNow), CultureInfo.InvariantCulture);

        return ((code + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
