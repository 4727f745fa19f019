using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>Delivers a one-time code message to a phone number or e-mail address, e.g. through an SMS gateway.</summary>
public interface IVerificationCodeSender
{
    Task SendAsync(VerificationChannel channel, string address, string message, CancellationToken cancellationToken);
}
