/** The district calendar over HTTP: read by everyone signed in, edited by district admins. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { deleteCalendarDay, listCalendarYear, setCalendarDay } from './calendar.service.ts';

const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday 放假 (no work even on a weekday) or workday 调休上班 (work even on a weekend)',
});

const CalendarDaySchema = Type.Object({
  day: Type.String({ description: 'Local date YYYY-MM-DD (Asia/Shanghai)' }),
  kind: Kind,
  name: Type.String({ description: 'e.g. 国庆节, 春节调休上班' }),
  source: Type.Union([Type.Literal('official'), Type.Literal('admin')], {
    description: 'official: the State Council schedule shipped with the system; admin: set here',
  }),
  updatedAt: Type.String({ description: 'When the entry was last set' }),
});

const DayParams = Type.Object({ day: Type.String({ description: 'Local date YYYY-MM-DD' }) });

export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['calendar'];
  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: 'The calendar exceptions of a year (holidays and 调休 working days)',
        description: 'Days not listed follow the rule: Monday–Friday work, Saturday–Sunday rest.',
        querystring: Type.Object({
          year: Type.Optional(
            Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year; default the current one' }),
          ),
        }),
        response: { 200: Type.Object({ year: Type.Integer(), items: Type.Array(CalendarDaySchema) }) },
      },
    },
    async (request) => listCalendarYear(ctxOf(request), request.query.year),
  );

  app.put(
    '/calendar/:day',
    {
      schema: {
        tags,
        summary: 'Mark a day as a holiday or a 调休 working day (district admin, audited)',
        params: DayParams,
        body: Type.Object(
          { kind: Kind, name: Type.String({ minLength: 1, maxLength: 40, description: 'e.g. 春节' }) },
          { additionalProperties: false },
        ),
        response: { 200: CalendarDaySchema },
      },
    },
    async (request) => setCalendarDay(ctxOf(request), request.params.day, request.body),
  );

  app.delete(
    '/calendar/:day',
    {
      schema: {
        tags,
        summary: 'Remove a day’s exception: it follows the weekday rule again (district admin, audited)',
        params: DayParams,
        response: { 204: Type.Null({ description: 'Removed' }) },
      },
    },
    async (request, reply) => {
      await deleteCalendarDay(ctxOf(request), request.params.day);
      return reply.code(204).send(null);
    },
  );
};
