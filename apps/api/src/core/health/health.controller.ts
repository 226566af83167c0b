import { Controller, Get, Header, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Header('Cache-Control', 'no-store')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers too. */
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ready', database: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
  }
}
