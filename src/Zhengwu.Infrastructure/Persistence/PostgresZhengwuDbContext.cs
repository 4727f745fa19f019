using Microsoft.EntityFrameworkCore;

namespace Zhengwu.Infrastructure.Persistence;

public sealed class PostgresZhengwuDbContext(DbContextOptions<PostgresZhengwuDbContext> options)
    : ZhengwuDbContext(options);
