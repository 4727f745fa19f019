using System.Text.Json;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>
/// Appends each message as one JSON line to outbox.jsonl in the configured folder, so registration works without
/// an SMS gateway or mail server. The file contains addresses and live codes in plain text, so it belongs on the
/// server only and is for development and test sites.
/// </summary>
public sealed class OutboxVerificationCodeSender(IOptions<VerificationCodeOptions> options, TimeProvider clock)
    : IVerificationCodeSender, IDisposable
{
    public const string FileName = "outbox.jsonl";

    private readonly SemaphoreSlim _lock = new(1, 1);

    public string FilePath { get; } = Path.Combine(Path.GetFullPath(options.Value.OutboxFolder), FileName);

    public async Task SendAsync(VerificationChannel channel, string address, string message, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new OutboxMessage(clock.GetUtcNow(), channel.ToString(), address, message));
        await _lock.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line + "\n", cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
