import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { commonPasswords } from '@clapper/domain/common-passwords';
import { checkPassword } from '@clapper/domain/password-policy';
import { AppModule } from '../app.module.js';
import { prepareServices } from '../runtime.js';
import { PasswordService } from '../accounts/password.service.js';
import { User } from '../accounts/user.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { argValue, cliRuntime } from './cli-runtime.js';

/** npm run admin:create -- --email you@example.org --password '…' [--name 'Your Name'] */
const args = process.argv.slice(2);
const email = argValue(args, 'email')?.trim().toLowerCase();
const password = argValue(args, 'password');
const name = argValue(args, 'name') ?? 'Organiser';
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !password) {
  process.stderr.write("Usage: npm run admin:create -- --email you@example.org --password 'a long passphrase' [--name 'Your Name']\n");
  process.exit(2);
}
const problems = checkPassword(password, commonPasswords(), { email });
if (problems.length) {
  process.stderr.write(`The password is refused (${problems.join(', ')}): use at least 12 characters that are not a common password.\n`);
  process.exit(2);
}
const resolved = await cliRuntime();
try {
  await prepareServices(resolved.runtime);
  const ctx = await NestFactory.createApplicationContext(AppModule.forRoot({ ...resolved.runtime, config: { ...resolved.runtime.config, mode: 'api' } }), {
    logger: false,
  });
  try {
    const db = ctx.get(DataSource);
    const hash = await ctx.get(PasswordService).hash(password);
    const existing = await db.getRepository(User).findOne({ where: { email } });
    const user =
      existing ??
      (await db
        .getRepository(User)
        .save({ email, passwordHash: hash, displayName: name, locale: 'en', dateOfBirth: null, countryCode: null, schoolId: null, disabledAt: null }));
    if (!(await db.getRepository(RoleGrant).exists({ where: { userId: user.id, role: 'organiser' } })))
      await db.getRepository(RoleGrant).insert({ userId: user.id, role: 'organiser' });
    process.stdout.write(
      existing ? `${email} already had an account; it now holds the organiser role (password unchanged).\n` : `Organiser ${email} created.\n`,
    );
  } finally {
    await ctx.close();
  }
} finally {
  await resolved.stop();
}
