import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '@whistle/config';
import { OrganisationModule } from '@whistle/organisation';
import { JwtAuthGuard, RolesGuard } from './auth.guards.js';
import { AuthService } from './auth.service.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { LoginLock } from './login-lock.js';
import { OidcLogin } from './oidc-login.js';

@Module({
  imports: [
    OrganisationModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, made once: given a string, jsonwebtoken first tries to parse it as a PEM
      // public key on every verification, which cost 5 % of the API's CPU (npm run bench).
      useFactory: async (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(await resolveJwtSecret(config.jwt.secret, config.database.dataDir), 'utf8')),
        signOptions: { expiresIn: config.jwt.expiresIn as `${number}h` },
      }),
    }),
  ],
  providers: [AuthService, JwtAuthGuard, RolesGuard, LoginLock, OidcLogin],
  exports: [AuthService, JwtAuthGuard, RolesGuard, OidcLogin],
})
export class AuthModule {}
