import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@whistle/config';
import { OrganisationModule } from '@whistle/organisation';
import { JwtAuthGuard, RolesGuard } from './auth.guards.js';
import { AuthService } from './auth.service.js';
import { resolveJwtSecret } from './jwt-secret.js';

@Module({
  imports: [
    OrganisationModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        secret: await resolveJwtSecret(config.jwt.secret, config.database.dataDir),
        signOptions: { expiresIn: config.jwt.expiresIn as `${number}h` },
      }),
    }),
  ],
  providers: [AuthService, JwtAuthGuard, RolesGuard],
  exports: [AuthService, JwtAuthGuard, RolesGuard],
})
export class AuthModule {}
