/**
 * Online mediation rooms (网上调解, issue 6): one room per online session with a joint
 * channel and a private (背对背) channel per party, messages stored in order as part of the
 * case record and delivered live over WebSocket (also across processes on one database),
 * files shared into a channel, and draft agreements the parties confirm in the room.
 */
export { roomsRoutes } from './rooms.routes.ts';
export { JOINT, privateChannel } from './channels.ts';
