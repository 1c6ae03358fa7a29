import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@whistle/auth';
import { InvalidInputError } from '@whistle/common';
import {
  CalendarYearDto,
  CalendarYearView,
  SlaPoliciesService,
  SlaPolicyDto,
  SlaPolicyView,
  WorkingCalendarService,
} from '@whistle/deadlines';

const PolicyId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be the UUID of an SLA policy') }));
const Year = () =>
  Param(
    'year',
    new ParseIntPipe({ exceptionFactory: () => new InvalidInputError('year', 'must be a year such as 2027') }),
  );

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw new InvalidInputError('year', 'must be between 2000 and 2100');
  return year;
}

@ApiTags('settings')
@ApiBearerAuth()
@Controller()
export class SettingsController {
  constructor(
    private readonly policies: SlaPoliciesService,
    private readonly calendar: WorkingCalendarService,
  ) {}

  @Get('sla-policies')
  @ApiOperation({ summary: 'SLA policies: deadlines per category and priority, over the SLA_* defaults' })
  @ApiOkResponse({ type: [SlaPolicyView] })
  list(): Promise<SlaPolicyView[]> {
    return this.policies.list();
  }

  @Post('sla-policies')
  @Roles('admin')
  @ApiCreatedResponse({ type: SlaPolicyView })
  @ApiConflictResponse({ description: 'A policy for this category and priority exists' })
  create(@Body() dto: SlaPolicyDto): Promise<SlaPolicyView> {
    return this.policies.create(dto);
  }

  @Put('sla-policies/:id')
  @Roles('admin')
  @ApiOkResponse({ type: SlaPolicyView })
  replace(@PolicyId() id: string, @Body() dto: SlaPolicyDto): Promise<SlaPolicyView> {
    return this.policies.replace(id, dto);
  }

  @Delete('sla-policies/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@PolicyId() id: string): Promise<void> {
    return this.policies.remove(id);
  }

  @Get('calendar/:year')
  @ApiOperation({ summary: 'The working calendar of a year: official holidays and 调休 (chinese-days) with the overrides' })
  @ApiOkResponse({ type: CalendarYearView })
  year(@Year() year: number): Promise<CalendarYearView> {
    return this.calendar.year(checkYear(year));
  }

  @Put('calendar/:year')
  @Roles('admin')
  @ApiOperation({ summary: 'Replace the overrides of a year, e.g. before the data package knows its holidays' })
  @ApiOkResponse({ type: CalendarYearView })
  replaceYear(@Year() year: number, @Body() dto: CalendarYearDto): Promise<CalendarYearView> {
    return this.calendar.replaceYear(checkYear(year), dto.days);
  }
}
