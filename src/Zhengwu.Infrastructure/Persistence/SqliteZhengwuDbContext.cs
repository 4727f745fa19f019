using Microsoft.EntityFrameworkCore;

namespace Zhengwu.Infrastructure.Persistence;

public sealed class SqliteZhengwuDbContext(DbContextOptions<SqliteZhengwuDbContext> options)
    : ZhengwuDbContext(options);
